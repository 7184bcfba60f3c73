import { z } from 'zod';
import { containerRef } from '../../src/containers/format.js';
import { defineTool } from '../../src/tool.js';

export default defineTool({
  name: 'container_remove',
  toolset: 'container',
  kind: 'destructive',
  title: 'Remove a container',
  description:
    'Remove a container. A running one needs force=true (it is killed first). Anonymous volumes are removed ' +
    'with it only when volumes=true.',
  input: z.object({
    container: containerRef,
    force: z.boolean().default(false).describe('Kill and remove a running container.'),
    volumes: z.boolean().default(false).describe('Also remove its anonymous volumes.'),
  }),
  output: z.object({ removed: z.string() }),
  async handle(ctx, input) {
    await ctx.engine.removeContainer(input.container, { force: input.force, volumes: input.volumes });
    return { removed: input.container };
  },
  summary: (out) => `Removed ${out.removed}.`,
});
