import { describe, expect, it } from 'vitest';
import { requireEngine, requireImage, TEST_RUN } from '../../helpers/docker.js';
import { connectInMemory, withClient } from '../../helpers/mcp.js';
import { REGISTRY, requireRegistry } from '../../helpers/registry.js';

describe('image_push (real engine, local registry)', () => {
  it('pushes with progress and reports the digest', async () => {
    await requireRegistry();
    await requireImage('busybox:latest');
    const image = `${REGISTRY}/dw-test/push:${TEST_RUN}`;
    const mcp = await connectInMemory();
    try {
      await mcp.ok('image_tag', { image: 'busybox:latest', target: image });
      const progress: number[] = [];
      const out = await mcp.ok<{ digest: string }>('image_push', { image }, (p) => progress.push(p.progress));
      expect(out.digest).toMatch(/^sha256:[a-f0-9]{64}$/);
      expect(progress.length).toBeGreaterThan(0);
      const manifest = await fetch(`http://${REGISTRY}/v2/dw-test/push/manifests/${TEST_RUN}`, {
        headers: { accept: 'application/vnd.docker.distribution.manifest.v2+json' },
      });
      expect(manifest.headers.get('docker-content-digest')).toBe(out.digest);
    } finally {
      await mcp.close();
      await (await requireEngine()).removeImage(image).catch(() => {});
    }
  });

  it('says what to do when the image does not exist locally', async () => {
    await withClient(connectInMemory(), async (mcp) => {
      expect(await mcp.fails('image_push', { image: `${REGISTRY}/dw-test/none:x` })).toMatch(
        /NOT_FOUND.*image_list/s,
      );
    });
  });
});
