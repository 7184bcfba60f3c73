import { describe, expect, it } from 'vitest';
import { connectInMemory } from '../../helpers/mcp.js';
import { pushedBusybox, REGISTRY } from '../../helpers/registry.js';

describe('registry_tags (local registry)', () => {
  it('lists the tags of a repository without pulling', async () => {
    const tag = `tags-${process.pid}`;
    const pushed = await pushedBusybox(tag);
    const mcp = await connectInMemory();
    try {
      const out = await mcp.ok<{ tags: string[]; repository: string }>('registry_tags', {
        repository: `${REGISTRY}/dw-test/busybox`,
      });
      expect(out.tags).toContain(tag);
      expect(out.repository).toBe(`${REGISTRY}/dw-test/busybox`);
      const missing = await mcp.fails('registry_tags', { repository: `${REGISTRY}/dw-test/never-pushed` });
      expect(missing).toMatch(/NOT_FOUND/);
    } finally {
      await mcp.close();
      await pushed.cleanup();
    }
  });
});
