import { afterAll, describe, expect, it } from 'vitest';
import { removeLabelled, requireEngine, TEST_LABELS, uniqueName } from '../../helpers/docker.js';
import { connectInMemory, withClient } from '../../helpers/mcp.js';

describe('volume_create (real engine)', () => {
  afterAll(() => removeLabelled());

  it('creates the volume in the engine with the labels it was given', async () => {
    await withClient(connectInMemory(), async (mcp) => {
      const volume = uniqueName('dw-vol-create');
      const created = await mcp.ok<{ name: string; driver: string }>('volume_create', {
        name: volume,
        labels: TEST_LABELS,
      });
      expect(created).toMatchObject({ name: volume, driver: 'local' });
      const inEngine = await (await requireEngine()).inspectVolume(volume);
      expect(inEngine).toMatchObject({ name: volume, driver: 'local', labels: TEST_LABELS });
      expect(await mcp.fails('volume_create', { name: '../escape' })).toMatch(/INVALID_ARGUMENT/);
    });
  });
});
