import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withHttpd } from '../../helpers/containers.js';

describe('container_restart (real engine)', () => {
  let ctx: Awaited<ReturnType<typeof withHttpd>>;
  beforeAll(async () => {
    ctx = await withHttpd();
  });
  afterAll(() => ctx?.cleanup());

  it('changes the state and reports it', async () => {
    const before = await ctx.mcp.ok<{ startedAt: string }>('container_inspect', { container: ctx.name });
    const out = await ctx.mcp.ok<{ status: string }>('container_restart', {
      container: ctx.name,
      timeoutSeconds: 1,
    });
    expect(out.status).toBe('running');
    const after = await ctx.mcp.ok<{ startedAt: string }>('container_inspect', { container: ctx.name });
    expect(after.startedAt).not.toBe(before.startedAt);
  });
});
