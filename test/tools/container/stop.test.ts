import { describe, expect, it } from 'vitest';
import { useHttpd } from '../../helpers/containers.js';

describe('container_stop (real engine)', () => {
  const ctx = useHttpd();

  it('changes the state and reports it', async () => {
    const out = await ctx.mcp.ok<{ status: string }>('container_stop', {
      container: ctx.name,
      timeoutSeconds: 1,
    });
    expect(out.status).toBe('exited');
  });
});
