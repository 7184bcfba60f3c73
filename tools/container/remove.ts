import { z } from 'zod';
import { containerRef } from '../../src/toolkit/schemas/refs.js';
import { defineTool } from '../../src/toolkit/tool.js';

export default defineTool({
  name: 'container_remove',
  toolset: 'container',
  kind: 'destructive',
  title: 'Remove a container',
  description:
    'Remove a container; a running one needs force=true (killed first); volumes=true removes its anonymous volumes.',
  input: z.object({
    container: containerRef,
    force: z.boolean().default(false),
    volumes: z.boolean().default(false),
  }),
  output: z.object({ removed: z.string() }),
  async handle(ctx, input) {
    await ctx.engine.removeContainer(input.container, { force: input.force, volumes: input.volumes });
    return { removed: input.container };
  },
  summary: (out) => `Removed ${out.removed}.`,
});
