import { z } from 'zod';
import { ownLabels } from '../../src/containers/format.js';
import { defineTool } from '../../src/toolkit/tool.js';

export default defineTool({
  name: 'volume_create',
  toolset: 'volume',
  kind: 'write',
  title: 'Create a volume',
  description: 'Create a named volume for data that must outlive containers.',
  input: z.object({
    name: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_.-]*$/),
    driver: z
      .string()
      .regex(/^[A-Za-z0-9][A-Za-z0-9_./:-]*$/)
      .default('local'),
    labels: z.record(z.string(), z.string()).optional(),
  }),
  output: z.object({ name: z.string(), driver: z.string(), mountpoint: z.string() }),
  async handle(ctx, input) {
    const v = await ctx.engine.createVolume({ ...input, labels: ownLabels(input.labels) });
    return { name: v.name, driver: v.driver, mountpoint: v.mountpoint };
  },
  summary: (out) => `Created volume ${out.name}.`,
});
