import { describe, expect, it } from 'vitest';
import { requireEngine, requireImage, TEST_RUN } from '../../helpers/docker.js';
import { connectInMemory } from '../../helpers/mcp.js';

describe('image_tag and image_remove (real engine)', () => {
  it('tags an image, then the tag is removed with confirmation', async () => {
    await requireImage('busybox:latest');
    const mcp = await connectInMemory();
    const target = `dw-test-tag:${TEST_RUN}`;
    try {
      const out = await mcp.ok<{ tagged: string }>('image_tag', { image: 'busybox:latest', target });
      expect(out.tagged).toBe(target);
      const docker = await requireEngine();
      expect((await docker.inspectImage(target)).tags).toContain(target);
      expect(await mcp.fails('image_tag', { image: 'busybox:latest', target: 'Bad Name' })).toMatch(
        /INVALID_ARGUMENT/,
      );
    } finally {
      await mcp.ok('image_remove', { image: target, confirm: true });
      await mcp.close();
    }
  });
});
