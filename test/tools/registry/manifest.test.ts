import { describe, expect, it } from 'vitest';
import { connectInMemory, withClient } from '../../helpers/mcp.js';
import { pushedBusybox } from '../../helpers/registry.js';

describe('registry_manifest (local registry)', () => {
  it('reads the digest and layers of a pushed image', async () => {
    const pushed = await pushedBusybox(`manifest-${process.pid}`);
    const mcp = await connectInMemory();
    try {
      const out = await mcp.ok<{ digest: string; layers: number; mediaType: string }>('registry_manifest', {
        image: pushed.image,
      });
      expect(out.digest).toBe(pushed.digest);
      expect(out.layers).toBeGreaterThanOrEqual(1);
      expect(out.mediaType).toMatch(/manifest/);
    } finally {
      await mcp.close();
      await pushed.cleanup();
    }
  });

  it('refuses an option-like or malformed reference', async () => {
    await withClient(connectInMemory(), async (mcp) => {
      expect(await mcp.fails('registry_manifest', { image: '--help' })).toMatch(/INVALID_ARGUMENT/);
      expect(await mcp.fails('registry_manifest', { image: 'UPPER/Case:1' })).toMatch(/INVALID_ARGUMENT/);
    });
  });
});
