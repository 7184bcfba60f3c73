import { afterAll, describe, expect, it } from 'vitest';
import { removeLabelled, TEST_LABELS, TEST_RUN, uniqueName } from '../../helpers/docker.js';
import { connectInMemory, withClient } from '../../helpers/mcp.js';

describe('volume_list (real engine)', () => {
  afterAll(() => removeLabelled());

  it('sees a labelled volume', async () => {
    await withClient(connectInMemory(), async (mcp) => {
      const volume = uniqueName('dw-vol-list');
      const created = await mcp.ok<{ name: string; driver: string }>('volume_create', {
        name: volume,
        labels: TEST_LABELS,
      });
      expect(created).toMatchObject({ name: volume, driver: 'local' });
      const out = await mcp.ok<{ volumes: { name: string }[] }>('volume_list', {
        label: [`dockwright.test.run=${TEST_RUN}`],
      });
      expect(out.volumes.map((v) => v.name)).toContain(volume);
    });
  });
});
