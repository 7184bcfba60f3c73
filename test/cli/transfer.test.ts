import { describe, expect, it } from 'vitest';
import { runProcess } from '../../src/exec/process.js';
import { requireEngine, requireImage, TEST_RUN } from '../helpers/docker.js';
import { CLI } from '../helpers/mcp.js';
import { REGISTRY, requireRegistry } from '../helpers/registry.js';

const dockwright = (...args: string[]) =>
  runProcess(process.execPath, [CLI, ...args], { timeoutMs: 120_000 });

describe('dockwright push / pull (local registry)', () => {
  it('pushes and pulls with plain progress lines off a terminal, and exits 2 for a missing image', async () => {
    await requireRegistry();
    await requireImage('busybox:latest');
    const docker = await requireEngine();
    const image = `${REGISTRY}/dw-test/cli:${TEST_RUN}`;
    await docker.tagImage('busybox:latest', `${REGISTRY}/dw-test/cli`, TEST_RUN);
    try {
      const pushed = await dockwright('push', image, '--json');
      expect(pushed.exitCode).toBe(0);
      const { digest } = JSON.parse(pushed.stdout) as { digest: string };
      expect(digest).toMatch(/^sha256:/);
      expect(pushed.stderr).toMatch(/layers:/);
      await docker.removeImage(image);
      const pulled = await dockwright('pull', image, '--json');
      expect(pulled.exitCode).toBe(0);
      expect(JSON.parse(pulled.stdout)).toEqual({ image, digest });
      const missing = await dockwright('pull', `${REGISTRY}/dw-test/never:${TEST_RUN}`);
      expect(missing.exitCode).toBe(2);
      expect(missing.stderr).toMatch(/not found/);
    } finally {
      await docker.removeImage(image).catch(() => {});
    }
  });
});
