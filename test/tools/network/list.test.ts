import { describe, expect, it } from 'vitest';
import { connectInMemory, withClient } from '../../helpers/mcp.js';

// The full create/list/inspect/remove lifecycle is in create.test.ts; this file checks network_list on its own.
describe('network_list (real engine)', () => {
  it('works on the built-in bridge network', async () => {
    await withClient(connectInMemory(), async (mcp) => {
      const out = await mcp.ok<{ networks: { name: string; driver: string }[] }>('network_list', {
        name: 'bridge',
      });
      expect(out.networks.some((n) => n.name === 'bridge' && n.driver === 'bridge')).toBe(true);
    });
  });
});
