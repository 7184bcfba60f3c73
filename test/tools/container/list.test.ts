import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  removeLabelled,
  requireEngine,
  requireImage,
  TEST_LABELS,
  uniqueName,
} from '../../helpers/docker.js';
import { connectInMemory, type TestClient } from '../../helpers/mcp.js';

const COUNT = 20;

describe('container_list (real engine)', () => {
  let mcp: TestClient;
  const batch = uniqueName('dw-list');

  beforeAll(async () => {
    await requireImage('busybox:latest');
    const docker = await requireEngine();
    await Promise.all(
      Array.from({ length: COUNT }, async (_, i) => {
        const id = await docker.createContainer({
          image: 'busybox:latest',
          name: `${batch}-${i}`,
          command: ['sleep', '300'],
          labels: { ...TEST_LABELS, 'dw.batch': batch },
          ports: [{ containerPort: 80, protocol: 'tcp', hostIp: '127.0.0.1', hostPort: 0 }],
        });
        await docker.startContainer(id);
      }),
    );
    mcp = await connectInMemory();
  });
  afterAll(async () => {
    await mcp?.close();
    await removeLabelled(`dw.batch=${batch}`);
  });

  it('lists 20 running containers in at most 400 bytes each', async () => {
    const result = await mcp.call('container_list', { label: [`dw.batch=${batch}`] });
    const out = result.structuredContent as {
      containers: { name: string; state: string; ports: string[] }[];
      total: number;
    };
    expect(out.total).toBe(COUNT);
    expect(out.containers.every((c) => c.state === 'running' && c.ports[0].startsWith('127.0.0.1:'))).toBe(
      true,
    );
    const bytes = Buffer.byteLength(JSON.stringify(result));
    expect(bytes / COUNT).toBeLessThanOrEqual(400);
  });

  it('says when the list was cut by the limit', async () => {
    const out = await mcp.ok<{ containers: unknown[]; total: number; truncated: boolean }>('container_list', {
      label: [`dw.batch=${batch}`],
      limit: 5,
    });
    expect(out.containers).toHaveLength(5);
    expect(out.total).toBe(COUNT);
    expect(out.truncated).toBe(true);
  });
});
