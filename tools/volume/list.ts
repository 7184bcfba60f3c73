import { z } from 'zod';
import { boundedList, countLine, engineFilters, listTotals } from '../../src/toolkit/schemas/list.js';
import { defineTool } from '../../src/toolkit/tool.js';

export default defineTool({
  name: 'volume_list',
  toolset: 'volume',
  kind: 'read',
  title: 'List volumes',
  description: 'List volumes (name, driver, labels); dangling=true lists volumes no container uses.',
  input: z.object({
    name: z.string().optional(),
    label: z.array(z.string()).optional(),
    dangling: z.boolean().optional(),
    limit: z.number().int().min(1).max(500).default(50),
  }),
  output: z.object({
    volumes: z.array(
      z.object({ name: z.string(), driver: z.string(), labels: z.record(z.string(), z.string()) }),
    ),
    ...listTotals,
  }),
  async handle(ctx, input) {
    const filters = engineFilters({ name: input.name, label: input.label, dangling: input.dangling });
    const list = await ctx.engine.listVolumes({ filters });
    const { shown, total, truncated } = boundedList(list, input.limit, (v) => ({
      name: v.name,
      driver: v.driver,
      labels: v.labels,
    }));
    return { volumes: shown, total, truncated };
  },
  summary: (out) =>
    `${countLine(out, out.volumes.length, 'volume')}: ${out.volumes.map((v) => v.name).join(', ')}`,
});
