import { z } from 'zod';
import { ownLabels, shortId } from '../../src/containers/format.js';
import { defineTool } from '../../src/toolkit/tool.js';

export default defineTool({
  name: 'network_create',
  toolset: 'network',
  kind: 'write',
  title: 'Create a network',
  description:
    'Create a network so containers reach each other by name (internal=true cuts it off from outside).',
  input: z.object({
    name: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_.-]*$/),
    driver: z.enum(['bridge', 'overlay', 'macvlan', 'ipvlan']).default('bridge'),
    internal: z.boolean().default(false),
    attachable: z.boolean().default(false),
    subnet: z.string().optional().describe('CIDR, e.g. "10.30.0.0/24".'),
    labels: z.record(z.string(), z.string()).optional(),
  }),
  output: z.object({ id: z.string(), name: z.string() }),
  async handle(ctx, input) {
    const id = await ctx.engine.createNetwork({ ...input, labels: ownLabels(input.labels) });
    return { id: shortId(id), name: input.name };
  },
  summary: (out) => `Created network ${out.name} (${out.id}).`,
});
