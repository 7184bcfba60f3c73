import { describe, expect, it } from 'vitest';
import { useHttpd } from '../../helpers/containers.js';

describe('container_start (real engine)', () => {
  const ctx = useHttpd();

  it('changes the state and reports it', async () => {
    await ctx.mcp.ok('container_stop', { container: ctx.name, timeoutSeconds: 1 });
    const out = await ctx.mcp.ok<{ status: string }>('container_start', { container: ctx.name });
    expect(out.status).toBe('running');
  });
});
