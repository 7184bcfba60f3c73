import { z } from 'zod';
import { shortId } from '../../src/containers/format.js';
import { defineTool } from '../../src/toolkit/tool.js';

export default defineTool({
  name: 'network_inspect',
  toolset: 'network',
  kind: 'read',
  title: 'Inspect a network',
  description: 'One network in detail, with its attached containers.',
  input: z.object({
    network: z.string().regex(/^[^-]/, 'must not start with "-"'),
  }),
  output: z.object({
    id: z.string(),
    name: z.string(),
    driver: z.string(),
    scope: z.string(),
    internal: z.boolean(),
    attachable: z.boolean(),
    subnets: z.array(z.string()),
    labels: z.record(z.string(), z.string()),
    containers: z.array(z.object({ name: z.string(), ipv4: z.string().optional() })),
  }),
  async handle(ctx, input) {
    const n = await ctx.engine.inspectNetwork(input.network);
    return {
      id: shortId(n.id),
      name: n.name,
      driver: n.driver,
      scope: n.scope,
      internal: n.internal,
      attachable: n.attachable,
      subnets: n.subnets,
      labels: n.labels,
      containers: n.containers.map((c) => ({ name: c.name, ipv4: c.ipv4 })),
    };
  },
  summary: (out) => `${out.name}: ${out.driver}, ${out.containers.length} container(s) attached.`,
});
