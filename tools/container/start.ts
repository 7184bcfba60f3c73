import { z } from 'zod';
import { containerRef } from '../../src/toolkit/schemas/refs.js';
import { defineTool } from '../../src/toolkit/tool.js';

export default defineTool({
  name: 'container_start',
  toolset: 'container',
  kind: 'write',
  title: 'Start a container',
  description: 'Start a stopped container (container_run creates a new one).',
  input: z.object({
    container: containerRef,
  }),
  output: z.object({ container: z.string(), status: z.string(), exitCode: z.number().int() }),
  async handle(ctx, input) {
    await ctx.engine.startContainer(input.container);
    const details = await ctx.engine.inspectContainer(input.container);
    return { container: details.name, status: details.state.status, exitCode: details.state.exitCode };
  },
  summary: (out) => `${out.container} is ${out.status}.`,
});
