import { z } from 'zod';
import { shortId } from '../../src/containers/format.js';
import { boundedList, countLine, engineFilters, listTotals } from '../../src/toolkit/schemas/list.js';
import { defineTool } from '../../src/toolkit/tool.js';
import { formatMegabytes } from '../../src/units.js';

export default defineTool({
  name: 'image_list',
  toolset: 'image',
  kind: 'read',
  title: 'List images',
  description: 'List local images (id, tags, size, age); filter by name or label.',
  input: z.object({
    reference: z.string().optional().describe('Pattern, e.g. "myapp:1.*".'),
    label: z.array(z.string()).optional().describe('"key" or "key=value".'),
    dangling: z.boolean().optional(),
    limit: z.number().int().min(1).max(500).default(50),
  }),
  output: z.object({
    images: z.array(
      z.object({
        id: z.string(),
        tags: z.array(z.string()),
        sizeBytes: z.number(),
        createdDaysAgo: z.number(),
      }),
    ),
    ...listTotals,
  }),
  async handle(ctx, input) {
    const filters = engineFilters({
      reference: input.reference,
      label: input.label,
      dangling: input.dangling,
    });
    const images = (await ctx.engine.listImages({ filters })).sort((a, b) => b.created - a.created);
    const now = Date.now() / 1000;
    const { shown, total, truncated } = boundedList(images, input.limit, (i) => ({
      id: shortId(i.id),
      tags: i.tags,
      sizeBytes: i.size,
      createdDaysAgo: Math.round(((now - i.created) / 86400) * 10) / 10,
    }));
    return { images: shown, total, truncated };
  },
  summary: (out) =>
    `${countLine(out, out.images.length, 'image', 'newest')}: ` +
    out.images.map((i) => `${i.tags[0] ?? i.id} (${formatMegabytes(i.sizeBytes)})`).join(', '),
});
