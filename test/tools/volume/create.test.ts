import { afterAll, describe, expect, it } from 'vitest';
import { removeLabelled, TEST_LABELS, TEST_RUN, uniqueName } from '../../helpers/docker.js';
import { connectInMemory } from '../../helpers/mcp.js';

describe('volume_create (real engine)', () => {
  afterAll(() => removeLabelled());

  it('sees a labelled volume', async () => {
    const mcp = await connectInMemory();
    const volume = uniqueName('dw-vol-create');
    try {
      const created = await mcp.ok<{ name: string; driver: string }>('volume_create', {
        name: volume,
        labels: TEST_LABELS,
      });
      expect(created).toMatchObject({ name: volume, driver: 'local' });
      expect(created.name).toBe(volume);
      expect(TEST_RUN).toBeTruthy();
      expect(await mcp.fails('volume_create', { name: '../escape' })).toMatch(/INVALID_ARGUMENT/);
    } finally {
      await mcp.close();
    }
  });
});
