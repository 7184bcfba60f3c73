import { describe, expect, it } from 'vitest';
import { requireImage } from '../../helpers/docker.js';
import { connectInMemory, withClient } from '../../helpers/mcp.js';

describe('image_inspect (real engine)', () => {
  it('summarises config and history of the node stand-in', async () => {
    await requireImage('node:20-bookworm-slim');
    await withClient(connectInMemory(), async (mcp) => {
      const out = await mcp.ok<{
        user: string;
        cmd: string[];
        env: string[];
        history: { createdBy: string }[];
        platform: string;
      }>('image_inspect', { image: 'node:20-bookworm-slim' });
      expect(out.cmd).toEqual(['node']);
      expect(out.user).toBe('');
      expect(out.platform).toBe('linux/amd64');
      expect(out.env.some((e) => e.startsWith('NODE_EXTRA_CA_CERTS='))).toBe(true);
      expect(out.history.some((h) => h.createdBy.includes('useradd'))).toBe(true);
    });
  });
});
