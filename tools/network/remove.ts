import { z } from 'zod';
import { ToolError } from '../../src/errors.js';
import { defineTool } from '../../src/toolkit/tool.js';

export default defineTool({
  name: 'network_remove',
  toolset: 'network',
  kind: 'destructive',
  title: 'Remove a network',
  description: 'Remove a network. Refused while containers are attached; the error names them.',
  input: z.object({
    network: z.string().regex(/^[^-]/, 'must not start with "-"'),
  }),
  output: z.object({ removed: z.string() }),
  async handle(ctx, input) {
    const network = await ctx.engine.inspectNetwork(input.network);
    if (['bridge', 'host', 'none'].includes(network.name)) {
      throw new ToolError('REFUSED', `"${network.name}" is a built-in network and cannot be removed.`);
    }
    if (network.containers.length) {
      throw new ToolError(
        'CONFLICT',
        `Network "${network.name}" is in use by ${network.containers.map((c) => c.name).join(', ')}.`,
        'Stop and remove those containers (container_remove) or compose_down their stack first.',
      );
    }
    await ctx.engine.removeNetwork(network.id);
    return { removed: network.name };
  },
  summary: (out) => `Removed network ${out.removed}.`,
});
