import { z } from 'zod';
import { confirmIfForeignContainer } from '../../src/containers/ownership.js';
import { containerRef } from '../../src/toolkit/schemas/refs.js';
import { defineTool } from '../../src/toolkit/tool.js';

export default defineTool({
  name: 'container_stop',
  toolset: 'container',
  kind: 'write',
  mayConfirm: true,
  title: 'Stop a container',
  description: 'Stop a running container (SIGTERM, then SIGKILL after timeoutSeconds).',
  input: z.object({
    container: containerRef,
    timeoutSeconds: z.number().int().min(0).max(600).default(10),
  }),
  output: z.object({ container: z.string(), status: z.string(), exitCode: z.number().int() }),
  async handle(ctx, input) {
    await confirmIfForeignContainer(ctx.engine, ctx.confirm, input.container, 'Stop container');
    await ctx.engine.stopContainer(input.container, input.timeoutSeconds);
    const details = await ctx.engine.inspectContainer(input.container);
    return { container: details.name, status: details.state.status, exitCode: details.state.exitCode };
  },
  summary: (out) => `${out.container} is ${out.status}.`,
});
