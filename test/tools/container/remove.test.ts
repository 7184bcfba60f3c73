import { afterAll, describe, expect, it } from 'vitest';
import {
  removeLabelled,
  requireEngine,
  requireImage,
  TEST_LABELS,
  uniqueName,
} from '../../helpers/docker.js';
import { connectInMemory, withClient } from '../../helpers/mcp.js';

describe('container_remove (real engine)', () => {
  afterAll(() => removeLabelled());

  it('needs confirmation, then force for a running container', async () => {
    await requireImage('busybox:latest');
    await withClient(connectInMemory(), async (mcp) => {
      const name = uniqueName('dw-rm');
      await mcp.ok('container_run', {
        image: 'busybox:latest',
        name,
        labels: TEST_LABELS,
        command: ['sleep', '60'],
      });
      expect(await mcp.fails('container_remove', { container: name })).toMatch(
        /CONFIRMATION_REQUIRED.*confirm: true/s,
      );
      expect(await mcp.fails('container_remove', { container: name, confirm: true })).toMatch(
        /CONFLICT|running/i,
      );
      await mcp.ok('container_remove', { container: name, force: true, confirm: true });
      const docker = await requireEngine();
      expect(await docker.listContainers({ all: true, filters: { name: [name] } })).toEqual([]);
    });
  });

  it('asks through elicitation when the client supports it, and respects a decline', async () => {
    const mcp = await connectInMemory({}, { capabilities: { elicitation: {} } });
    const { ElicitRequestSchema } = await import('@modelcontextprotocol/sdk/types.js');
    const name = uniqueName('dw-rm-elicit');
    const asked: string[] = [];
    let answer = false;
    mcp.client.setRequestHandler(ElicitRequestSchema, async (request) => {
      asked.push(String(request.params.message));
      return { action: 'accept', content: { confirm: answer } };
    });
    try {
      await mcp.ok('container_run', {
        image: 'busybox:latest',
        name,
        labels: TEST_LABELS,
        command: ['sleep', '60'],
      });
      expect(await mcp.fails('container_remove', { container: name, force: true })).toMatch(/Not confirmed/);
      answer = true;
      await mcp.ok('container_remove', { container: name, force: true });
      expect(asked).toHaveLength(2);
      expect(asked[0]).toContain(name);
    } finally {
      await mcp.close();
    }
  });
});
