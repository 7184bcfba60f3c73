import { z } from 'zod';
import { shortId } from '../../src/containers/format.js';
import { defineTool } from '../../src/toolkit/tool.js';

export default defineTool({
  name: 'network_list',
  toolset: 'network',
  kind: 'read',
  title: 'List networks',
  description: 'List networks (name, driver, scope, subnets, container count).',
  input: z.object({
    name: z.string().optional(),
    label: z.array(z.string()).optional(),
    limit: z.number().int().min(1).max(500).default(50),
  }),
  output: z.object({
    networks: z.array(
      z.object({
        id: z.string(),
        name: z.string(),
        driver: z.string(),
        scope: z.string(),
        internal: z.boolean(),
        subnets: z.array(z.string()),
      }),
    ),
    total: z.number().int(),
    truncated: z.boolean(),
  }),
  async handle(ctx, input) {
    const filters: Record<string, string[]> = {};
    if (input.name) filters.name = [input.name];
    if (input.label) filters.label = input.label;
    const list = await ctx.engine.listNetworks({ filters });
    return {
      networks: list.slice(0, input.limit).map((n) => ({
        id: shortId(n.id),
        name: n.name,
        driver: n.driver,
        scope: n.scope,
        internal: n.internal,
        subnets: n.subnets,
      })),
      total: list.length,
      truncated: list.length > input.limit,
    };
  },
  summary: (out) =>
    `${out.total} network(s): ${out.networks.map((n) => `${n.name} (${n.driver})`).join(', ')}`,
});
