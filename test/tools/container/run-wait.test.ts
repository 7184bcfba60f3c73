import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  removeLabelled,
  requireEngine,
  requireImage,
  TEST_LABELS,
  uniqueName,
} from '../../helpers/docker.js';
import { connectInMemory, type TestClient } from '../../helpers/mcp.js';

let mcp: TestClient;
beforeAll(async () => {
  await requireImage('busybox:latest');
  mcp = await connectInMemory();
});
afterAll(async () => {
  await mcp.close();
  await removeLabelled();
});

describe('container_run waitHealthy verifies (real engine, through an MCP client)', () => {
  it('reports a container without a healthcheck that crashes: exit code and last log lines, and removes it', async () => {
    const name = uniqueName('dw-assistant-loop-crash');
    const text = await mcp.fails('container_run', {
      image: 'busybox:latest',
      name,
      labels: TEST_LABELS,
      command: ['sh', '-c', 'echo loading config; sleep 0.3; echo "config.yaml: no such file" >&2; exit 1'],
      waitHealthy: true,
    });
    expect(text).not.toMatch(/Started/);
    expect(text).toMatch(/exited/);
    expect(text).toContain('exit code 1');
    expect(text).toContain('config.yaml: no such file');
    const docker = await requireEngine();
    expect(await docker.listContainers({ all: true, filters: { name: [name] } })).toEqual([]);
  });

  it('runs the healthcheck at once instead of after the engine interval', async () => {
    const started = Date.now();
    const out = await mcp.ok<{ health: string; waitedMs: number }>('container_run', {
      image: 'busybox:latest',
      name: uniqueName('dw-assistant-loop-healthy'),
      labels: TEST_LABELS,
      command: ['sh', '-c', 'touch /tmp/ready; sleep 60'],
      healthcheck: { test: ['CMD', 'test', '-f', '/tmp/ready'], intervalSeconds: 30 },
      waitHealthy: true,
    });
    expect(out.health).toBe('healthy');
    expect(out.waitedMs).toBeLessThan(2000);
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it('counts a container without a healthcheck as running only once it stayed up for the grace period', async () => {
    const out = await mcp.ok<{ status: string; waitedMs: number }>('container_run', {
      image: 'busybox:latest',
      name: uniqueName('dw-assistant-loop-up'),
      labels: TEST_LABELS,
      command: ['sleep', '60'],
      waitHealthy: true,
    });
    expect(out.status).toBe('running');
    expect(out.waitedMs).toBeGreaterThanOrEqual(2000);
  });
});
