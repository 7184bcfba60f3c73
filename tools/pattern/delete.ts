import { z } from 'zod';
import { patternId } from '../../src/toolkit/schemas/pattern.js';
import { defineTool } from '../../src/toolkit/tool.js';

export default defineTool({
  name: 'pattern_delete',
  toolset: 'pattern',
  kind: 'destructive',
  title: 'Delete a Dockerfile pattern',
  description: 'Delete a pattern and its evidence; a deleted built-in stays deleted.',
  input: z.object({ id: patternId }),
  output: z.object({ deleted: z.string(), title: z.string() }),
  async handle(ctx, input) {
    const title = await (await ctx.patterns()).delete(input.id);
    return { deleted: input.id, title };
  },
  summary: (out) => `Deleted pattern ${out.deleted} "${out.title}".`,
});
