import { z } from 'zod';
import { formatPorts, shortId } from '../../src/containers/format.js';
import { boundedList, countLine, engineFilters, listTotals } from '../../src/toolkit/schemas/list.js';
import { defineTool } from '../../src/toolkit/tool.js';

export default defineTool({
  name: 'container_list',
  toolset: 'container',
  kind: 'read',
  title: 'List containers',
  description: 'List containers (id, name, image, state, health, ports); running only unless all=true.',
  input: z.object({
    all: z.boolean().default(false),
    name: z.string().optional(),
    label: z.array(z.string()).optional().describe('"key" or "key=value".'),
    status: z.enum(['created', 'running', 'paused', 'restarting', 'exited', 'dead']).optional(),
    image: z.string().optional(),
    limit: z.number().int().min(1).max(500).default(50),
  }),
  output: z.object({
    containers: z.array(
      z.object({
        id: z.string(),
        name: z.string(),
        image: z.string(),
        state: z.string(),
        health: z.string().optional(),
        ports: z.array(z.string()).optional(),
      }),
    ),
    ...listTotals,
  }),
  async handle(ctx, input) {
    const filters = engineFilters({
      name: input.name,
      label: input.label,
      status: input.status,
      ancestor: input.image,
    });
    const list = await ctx.engine.listContainers({ all: input.all || Boolean(input.status), filters });
    const { shown, total, truncated } = boundedList(list, input.limit, (c) => {
      const ports = formatPorts(c.ports);
      return {
        id: shortId(c.id),
        name: c.name,
        image: c.image.startsWith('sha256:') ? shortId(c.image) : c.image,
        state: c.state,
        health: c.health,
        ports: ports.length ? ports : undefined,
      };
    });
    return { containers: shown, total, truncated };
  },
  summary: (out) =>
    out.total === 0
      ? 'No containers match.'
      : `${countLine(out, out.containers.length, 'container')}: ` +
        out.containers.map((c) => `${c.name} (${c.health ?? c.state})`).join(', '),
});
