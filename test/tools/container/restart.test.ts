import { describe, expect, it } from 'vitest';
import { useHttpd } from '../../helpers/containers.js';

describe('container_restart (real engine)', () => {
  const ctx = useHttpd();

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
