import { z } from 'zod';
import { containerRef } from '../../src/toolkit/schemas/refs.js';
import { defineTool } from '../../src/toolkit/tool.js';
import { formatMegabytes } from '../../src/units.js';

export default defineTool({
  name: 'container_stats',
  toolset: 'container',
  kind: 'read',
  title: 'Container resource usage',
  description: "One snapshot of a running container's resource use.",
  input: z.object({ container: containerRef }),
  output: z.object({
    container: z.string(),
    cpuPercent: z.number(),
    memoryBytes: z.number(),
    memoryLimitBytes: z.number(),
    memoryPercent: z.number(),
    networkRxBytes: z.number(),
    networkTxBytes: z.number(),
    blockReadBytes: z.number(),
    blockWriteBytes: z.number(),
    pids: z.number().int(),
  }),
  async handle(ctx, input) {
    const s = await ctx.engine.containerStats(input.container);
    return {
      container: input.container,
      cpuPercent: s.cpuPercent,
      memoryBytes: s.memoryUsage,
      memoryLimitBytes: s.memoryLimit,
      memoryPercent: s.memoryPercent,
      networkRxBytes: s.networkRx,
      networkTxBytes: s.networkTx,
      blockReadBytes: s.blockRead,
      blockWriteBytes: s.blockWrite,
      pids: s.pids,
    };
  },
  summary: (out) =>
    `${out.container}: CPU ${out.cpuPercent}%, memory ${formatMegabytes(out.memoryBytes)} of ${formatMegabytes(out.memoryLimitBytes)} (${out.memoryPercent}%), ${out.pids} PIDs.`,
});
