import { describe, expect, it } from 'vitest';
import { requireImage } from '../../helpers/docker.js';
import { connectInMemory, withClient } from '../../helpers/mcp.js';

describe('image_list (real engine)', () => {
  it('lists the stand-in images by reference', async () => {
    await requireImage('busybox:latest');
    await withClient(connectInMemory(), async (mcp) => {
      const out = await mcp.ok<{ images: { tags: string[]; sizeBytes: number }[]; total: number }>(
        'image_list',
        {
          reference: 'busybox',
        },
      );
      expect(out.images.some((i) => i.tags.includes('busybox:latest'))).toBe(true);
      expect(out.images[0].sizeBytes).toBeGreaterThan(0);
      const none = await mcp.ok<{ total: number }>('image_list', { reference: 'dw-no-such-image-xyz' });
      expect(none.total).toBe(0);
    });
  });
});
