import { describe, expect, it } from 'vitest';
import { useHttpd } from '../../helpers/containers.js';

describe('container_stats (real engine)', () => {
  const ctx = useHttpd();

  it('gives one snapshot with memory and PIDs', async () => {
    const out = await ctx.mcp.ok<{
      memoryBytes: number;
      memoryLimitBytes: number;
      pids: number;
      cpuPercent: number;
    }>('container_stats', { container: ctx.name });
    expect(out.memoryLimitBytes).toBeGreaterThan(0);
    expect(out.pids).toBeGreaterThanOrEqual(1);
    expect(out.cpuPercent).toBeGreaterThanOrEqual(0);
  });
});
