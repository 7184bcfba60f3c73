import { z } from 'zod';
import { containerRef } from '../../src/toolkit/schemas/refs.js';
import { defineTool } from '../../src/toolkit/tool.js';

const mb = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10;

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
    memoryMb: z.number(),
    memoryLimitMb: z.number(),
    memoryPercent: z.number(),
    networkRxMb: z.number(),
    networkTxMb: z.number(),
    blockReadMb: z.number(),
    blockWriteMb: z.number(),
    pids: z.number().int(),
  }),
  async handle(ctx, input) {
    const s = await ctx.engine.containerStats(input.container);
    return {
      container: input.container,
      cpuPercent: s.cpuPercent,
      memoryMb: mb(s.memoryUsage),
      memoryLimitMb: mb(s.memoryLimit),
      memoryPercent: s.memoryPercent,
      networkRxMb: mb(s.networkRx),
      networkTxMb: mb(s.networkTx),
      blockReadMb: mb(s.blockRead),
      blockWriteMb: mb(s.blockWrite),
      pids: s.pids,
    };
  },
  summary: (out) =>
    `${out.container}: CPU ${out.cpuPercent}%, memory ${out.memoryMb}/${out.memoryLimitMb} MiB (${out.memoryPercent}%), ${out.pids} PIDs.`,
});
