import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withHttpd } from '../../helpers/containers.js';

describe('container_stop (real engine)', () => {
  let ctx: Awaited<ReturnType<typeof withHttpd>>;
  beforeAll(async () => {
    ctx = await withHttpd();
  });
  afterAll(() => ctx?.cleanup());

  it('changes the state and reports it', async () => {
    const out = await ctx.mcp.ok<{ status: string }>('container_stop', {
      container: ctx.name,
      timeoutSeconds: 1,
    });
    expect(out.status).toBe('exited');
  });
});
