import { z } from 'zod';
import { containersUsingVolume } from '../../src/containers/users.js';
import { defineTool } from '../../src/toolkit/tool.js';

export default defineTool({
  name: 'volume_inspect',
  toolset: 'volume',
  kind: 'read',
  title: 'Inspect a volume',
  description: 'One volume in detail, with the containers that use it.',
  input: z.object({
    volume: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_.-]*$/),
  }),
  output: z.object({
    name: z.string(),
    driver: z.string(),
    mountpoint: z.string(),
    created: z.string().optional(),
    labels: z.record(z.string(), z.string()),
    usedBy: z.array(z.object({ name: z.string(), state: z.string() })),
  }),
  async handle(ctx, input) {
    const v = await ctx.engine.inspectVolume(input.volume);
    return {
      name: v.name,
      driver: v.driver,
      mountpoint: v.mountpoint,
      created: v.created,
      labels: v.labels,
      usedBy: await containersUsingVolume(ctx.engine, v.name),
    };
  },
  summary: (out) => `${out.name}: ${out.driver}, used by ${out.usedBy.length} container(s).`,
});
