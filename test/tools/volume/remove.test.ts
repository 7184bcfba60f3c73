import { afterAll, describe, expect, it } from 'vitest';
import { removeLabelled, requireEngine, TEST_LABELS, uniqueName } from '../../helpers/docker.js';
import { connectInMemory, withClient } from '../../helpers/mcp.js';

describe('volume tools (real engine)', () => {
  afterAll(() => removeLabelled());

  it('refuses to remove a volume in use unless forced and confirmed, then removes both', async () => {
    await withClient(connectInMemory(), async (mcp) => {
      const volume = uniqueName('dw-vol');
      const box = uniqueName('dw-vol-box');
      await mcp.ok('volume_create', { name: volume, labels: TEST_LABELS });
      await mcp.ok('container_run', {
        image: 'busybox:latest',
        name: box,
        labels: TEST_LABELS,
        command: ['sleep', '60'],
        mounts: [{ type: 'volume', source: volume, target: '/data' }],
      });
      const inspected = await mcp.ok<{ usedBy: { name: string }[] }>('volume_inspect', { volume });
      expect(inspected.usedBy.map((u) => u.name)).toEqual([box]);
      expect(await mcp.fails('volume_remove', { volume })).toMatch(/CONFIRMATION_REQUIRED/);
      const inUse = await mcp.fails('volume_remove', { volume, confirm: true });
      expect(inUse).toMatch(/CONFLICT.*force: true/s);
      const out = await mcp.ok<{ containersRemoved: string[] }>('volume_remove', {
        volume,
        force: true,
        confirm: true,
      });
      expect(out.containersRemoved).toEqual([box]);
      const docker = await requireEngine();
      await expect(docker.inspectVolume(volume)).rejects.toThrow(/no such volume/i);
    });
  });
});
