import { z } from 'zod';
import { imageRef } from '../../src/toolkit/schemas/refs.js';
import { defineTool } from '../../src/toolkit/tool.js';

export default defineTool({
  name: 'image_remove',
  toolset: 'image',
  kind: 'destructive',
  title: 'Remove an image',
  description:
    'Remove an image or one of its tags (force=true if a container uses it); returns what was untagged and deleted.',
  input: z.object({
    image: imageRef,
    force: z.boolean().default(false),
  }),
  output: z.object({ removed: z.array(z.string()) }),
  async handle(ctx, input) {
    return { removed: await ctx.engine.removeImage(input.image, { force: input.force }) };
  },
  summary: (out) => `Removed ${out.removed.length} reference(s): ${out.removed.slice(0, 5).join(', ')}.`,
});
