import { z } from 'zod';
import { shortId } from '../../src/containers/format.js';
import { boundedList, countLine, engineFilters, listTotals } from '../../src/toolkit/schemas/list.js';
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
    ...listTotals,
  }),
  async handle(ctx, input) {
    const list = await ctx.engine.listNetworks({
      filters: engineFilters({ name: input.name, label: input.label }),
    });
    const { shown, total, truncated } = boundedList(list, input.limit, (n) => ({
      id: shortId(n.id),
      name: n.name,
      driver: n.driver,
      scope: n.scope,
      internal: n.internal,
      subnets: n.subnets,
    }));
    return { networks: shown, total, truncated };
  },
  summary: (out) =>
    `${countLine(out, out.networks.length, 'network')}: ${out.networks.map((n) => `${n.name} (${n.driver})`).join(', ')}`,
});
