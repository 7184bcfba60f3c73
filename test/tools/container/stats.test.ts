import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withHttpd } from '../../helpers/containers.js';

describe('container_stats (real engine)', () => {
  let ctx: Awaited<ReturnType<typeof withHttpd>>;
  beforeAll(async () => {
    ctx = await withHttpd();
  });
  afterAll(() => ctx?.cleanup());

  it('gives one snapshot with memory and PIDs', async () => {
    const out = await ctx.mcp.ok<{
      memoryMb: number;
      memoryLimitMb: number;
      pids: number;
      cpuPercent: number;
    }>('container_stats', { container: ctx.name });
    expect(out.memoryLimitMb).toBeGreaterThan(0);
    expect(out.pids).toBeGreaterThanOrEqual(1);
    expect(out.cpuPercent).toBeGreaterThanOrEqual(0);
  });
});
