import { describe, expect, it } from 'vitest';
import { connectInMemory, withClient } from '../../helpers/mcp.js';

// The full create/list/inspect/remove lifecycle is in create.test.ts; this file checks network_inspect on its own.
describe('network_inspect (real engine)', () => {
  it('works on the built-in bridge network', async () => {
    await withClient(connectInMemory(), async (mcp) => {
      const out = await mcp.ok<{ name: string; driver: string }>('network_inspect', { network: 'bridge' });
      expect(out).toMatchObject({ name: 'bridge', driver: 'bridge' });
      expect(await mcp.fails('network_inspect', { network: 'dw-no-such-net' })).toMatch(
        /NOT_FOUND.*network_list/s,
      );
    });
  });
});
