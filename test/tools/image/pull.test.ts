import { describe, expect, it } from 'vitest';
import { requireEngine } from '../../helpers/docker.js';
import { connectInMemory, withClient } from '../../helpers/mcp.js';
import { pushedBusybox } from '../../helpers/registry.js';

describe('image_pull (real engine, local registry)', () => {
  it('pulls with progress and resolves the same digest the push reported', async () => {
    const pushed = await pushedBusybox(`pull-${process.pid}`);
    const docker = await requireEngine();
    await docker.removeImage(pushed.image);
    const mcp = await connectInMemory();
    try {
      const events: string[] = [];
      const out = await mcp.ok<{ digest: string; sizeBytes: number }>(
        'image_pull',
        { image: pushed.image },
        (p) => events.push(p.message ?? ''),
      );
      expect(out.digest).toBe(pushed.digest);
      expect(out.sizeBytes).toBeGreaterThan(0);
      expect(events.length).toBeGreaterThan(0);
    } finally {
      await mcp.close();
      await pushed.cleanup();
    }
  });

  it('fails clearly for an unknown repository and never echoes credentials', async () => {
    await withClient(connectInMemory(), async (mcp) => {
      const text = await mcp.fails('image_pull', {
        image: '127.0.0.1:5000/dw-test/does-not-exist:1',
        auth: { username: 'bob', password: 'pa55-secret-value' },
      });
      expect(text).toMatch(/NOT_FOUND|not found|unknown/i);
      expect(text).not.toContain('pa55-secret-value');
    });
  });

  it('says why a registry that cannot be reached failed the pull, not "server error"', async () => {
    const mcp = await connectInMemory();
    try {
      // Nothing listens on this port: the engine's own words name the refused connection.
      const text = await mcp.fails('image_pull', { image: '127.0.0.1:5999/dw-assistant-loop/none:1' });
      expect(text).not.toMatch(/server error\.$/m);
      expect(text).toMatch(/127\.0\.0\.1:5999.*connection refused/);
      expect(text).toMatch(/registry mirror/);
    } finally {
      await mcp.close();
    }
  });
});
