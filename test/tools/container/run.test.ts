import { afterAll, describe, expect, it } from 'vitest';
import { NO_ALLOWANCES } from '../../../src/mcp/config.js';
import { withHttpd } from '../../helpers/containers.js';
import { requireEngine, TEST_LABEL, TEST_LABELS, uniqueName } from '../../helpers/docker.js';
import { connectInMemory, withClient } from '../../helpers/mcp.js';

describe('container_run (real engine)', () => {
  let cleanup: () => Promise<void> = async () => {};
  afterAll(() => cleanup());

  it('runs busybox httpd on 127.0.0.1, serves a page, and everything goes through MCP', async () => {
    const httpd = await withHttpd();
    cleanup = httpd.cleanup;
    const { mcp, name, port } = httpd;
    expect(port).toBeGreaterThan(0);
    const page = await fetch(`http://127.0.0.1:${port}/`).then((r) => r.text());
    expect(page).toContain('hello from dockwright');

    const logs = await mcp.ok<{ logs: string }>('container_logs', { container: name });
    expect(logs.logs).toContain('UNTRUSTED');

    const exec = await mcp.ok<{ exitCode: number; stdout: string }>('container_exec', {
      container: name,
      command: ['cat', '/www/index.html'],
    });
    expect(exec.exitCode).toBe(0);
    expect(exec.stdout).toContain('hello from dockwright');

    await mcp.ok('container_stop', { container: name, timeoutSeconds: 1 });
    await mcp.ok('container_remove', { container: name, confirm: true });
    const docker = await requireEngine();
    const left = await docker.listContainers({
      all: true,
      filters: { label: [`${TEST_LABEL}=1`], name: [name] },
    });
    expect(left).toEqual([]);
  });

  it('refuses privileged mode, the Docker socket and host networking unless allowed', async () => {
    await withClient(connectInMemory(), async (mcp) => {
      const base = { image: 'busybox:latest', labels: TEST_LABELS };
      expect(await mcp.fails('container_run', { ...base, privileged: true })).toMatch(
        /privileged.*--allow-privileged/s,
      );
      expect(
        await mcp.fails('container_run', {
          ...base,
          mounts: [{ type: 'bind', source: '/var/run/docker.sock', target: '/var/run/docker.sock' }],
        }),
      ).toMatch(/Docker socket.*--allow-docker-socket/s);
      expect(await mcp.fails('container_run', { ...base, network: 'host' })).toMatch(
        /--allow-host-namespaces/,
      );
      expect(await mcp.fails('container_run', { ...base, capAdd: ['SYS_ADMIN'] })).toMatch(
        /--allow-capabilities/,
      );
      expect(
        await mcp.fails('container_run', {
          ...base,
          mounts: [{ type: 'bind', source: '/etc', target: '/host-etc' }],
        }),
      ).toMatch(/PATH_OUTSIDE_WORKSPACE/);
      expect(await mcp.fails('container_run', { image: '--privileged' })).toMatch(/must not start with "-"/);
    });
  });

  it('--allow-bind-outside-workspace does not grant the Docker socket through /, /run or a link', async () => {
    const { mkdtempSync, rmSync, symlinkSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const path = await import('node:path');
    const dir = mkdtempSync(path.join(tmpdir(), 'dw-safety-compose-run-'));
    symlinkSync('/var/run/docker.sock', path.join(dir, 'engine'));
    const mcp = await connectInMemory({
      workspace: [dir],
      allow: { ...NO_ALLOWANCES, bindOutsideWorkspace: true },
    });
    try {
      const base = { image: 'busybox:latest', labels: TEST_LABELS };
      for (const source of ['/', '/run', '/var/run', path.join(dir, 'engine')]) {
        const text = await mcp.fails('container_run', {
          ...base,
          mounts: [{ type: 'bind', source, target: '/host' }],
        });
        expect(text).toMatch(/^\[REFUSED\].*Docker socket.*--allow-docker-socket/s);
      }
    } finally {
      await mcp.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('reports why a container did not become healthy and removes it', async () => {
    await withClient(connectInMemory(), async (mcp) => {
      const name = uniqueName('dw-unhealthy');
      const text = await mcp.fails('container_run', {
        image: 'busybox:latest',
        name,
        labels: TEST_LABELS,
        command: ['sh', '-c', 'echo starting up; sleep 60'],
        healthcheck: {
          test: ['CMD', 'sh', '-c', 'echo not ready >&2; exit 1'],
          intervalSeconds: 0.5,
          retries: 2,
        },
        waitHealthy: true,
        waitTimeoutSeconds: 20,
      });
      expect(text).toMatch(/unhealthy/);
      expect(text).toContain('not ready');
      expect(text).toContain('starting up');
      const docker = await requireEngine();
      expect(await docker.listContainers({ all: true, filters: { name: [name] } })).toEqual([]);
    });
  });
});
