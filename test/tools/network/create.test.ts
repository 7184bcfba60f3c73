import { afterAll, describe, expect, it } from 'vitest';
import { removeLabelled, TEST_LABELS, uniqueName } from '../../helpers/docker.js';
import { connectInMemory, withClient } from '../../helpers/mcp.js';

describe('network tools (real engine)', () => {
  afterAll(() => removeLabelled());

  it('creates, lists, inspects and removes a network; refuses removal while in use', async () => {
    await withClient(connectInMemory(), async (mcp) => {
      const name = uniqueName('dw-net');
      const box = uniqueName('dw-net-box');
      await mcp.ok('network_create', { name, labels: TEST_LABELS, subnet: '10.231.7.0/24' });
      const list = await mcp.ok<{ networks: { name: string; subnets: string[] }[] }>('network_list', {
        name,
      });
      expect(list.networks[0]).toMatchObject({ name, subnets: ['10.231.7.0/24'] });
      await mcp.ok('container_run', {
        image: 'busybox:latest',
        name: box,
        network: name,
        labels: TEST_LABELS,
        command: ['sleep', '60'],
      });
      const inspected = await mcp.ok<{ containers: { name: string }[] }>('network_inspect', {
        network: name,
      });
      expect(inspected.containers.map((c) => c.name)).toEqual([box]);
      const inUse = await mcp.fails('network_remove', { network: name, confirm: true });
      expect(inUse).toMatch(/CONFLICT.*in use by/s);
      expect(inUse).toContain(box);
      await mcp.ok('container_remove', { container: box, force: true, confirm: true });
      await mcp.ok('network_remove', { network: name, confirm: true });
      expect((await mcp.ok<{ total: number }>('network_list', { name })).total).toBe(0);
      expect(await mcp.fails('network_remove', { network: 'bridge', confirm: true })).toMatch(/built-in/);
    });
  });
});
