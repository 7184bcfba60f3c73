import { describe, expect, it } from 'vitest';
import { connectInMemory, withClient } from '../../helpers/mcp.js';

// The full create/list/inspect/remove lifecycle is in create.test.ts; this file checks network_remove on its own.
describe('network_remove (real engine)', () => {
  it('works on the built-in bridge network', async () => {
    await withClient(connectInMemory(), async (mcp) => {
      expect(await mcp.fails('network_remove', { network: 'bridge' })).toMatch(/CONFIRMATION_REQUIRED/);
      expect(await mcp.fails('network_remove', { network: 'host', confirm: true })).toMatch(
        /REFUSED.*built-in/s,
      );
    });
  });
});
