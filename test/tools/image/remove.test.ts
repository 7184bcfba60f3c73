import { describe, expect, it } from 'vitest';
import { requireEngine, requireImage, TEST_RUN } from '../../helpers/docker.js';
import { connectInMemory, withClient } from '../../helpers/mcp.js';

describe('image_remove (real engine)', () => {
  it('untags only the named reference and leaves the image under its other names', async () => {
    await requireImage('busybox:latest');
    const docker = await requireEngine();
    const target = `dw-test-remove:${TEST_RUN}`;
    await docker.tagImage('busybox:latest', 'dw-test-remove', TEST_RUN);
    await withClient(connectInMemory(), async (mcp) => {
      expect(await mcp.fails('image_remove', { image: target })).toMatch(/CONFIRMATION_REQUIRED/);
      const out = await mcp.ok<{ removed: string[] }>('image_remove', { image: target, confirm: true });
      expect(out.removed).toContain(target);
      await expect(docker.inspectImage(target)).rejects.toThrow(/No such image/);
      expect((await docker.inspectImage('busybox:latest')).tags).toContain('busybox:latest');
    });
  });
});
