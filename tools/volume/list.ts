import { z } from 'zod';
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
    total: z.number().int(),
    truncated: z.boolean(),
  }),
  async handle(ctx, input) {
    const filters: Record<string, string[]> = {};
    if (input.name) filters.name = [input.name];
    if (input.label) filters.label = input.label;
    if (input.dangling !== undefined) filters.dangling = [String(input.dangling)];
    const list = await ctx.engine.listVolumes({ filters });
    return {
      volumes: list.slice(0, input.limit).map((v) => ({ name: v.name, driver: v.driver, labels: v.labels })),
      total: list.length,
      truncated: list.length > input.limit,
    };
  },
  summary: (out) => `${out.total} volume(s): ${out.volumes.map((v) => v.name).join(', ')}`,
});
