import { describe, expect, it } from 'vitest';
import { requireEngine } from '../../helpers/docker.js';
import { connectInMemory, connectStdio, withClient } from '../../helpers/mcp.js';

describe('system_info', () => {
  it('reports the real engine, BuildKit and Compose', async () => {
    await requireEngine();
    await withClient(connectInMemory(), async (mcp) => {
      const out = await mcp.ok<{
        engine: { version: string; apiVersion: string };
        buildkit: boolean;
        compose?: string;
      }>('system_info');
      expect(out.engine.version).toMatch(/^\d+\.\d+/);
      expect(Number(out.engine.apiVersion)).toBeGreaterThanOrEqual(1.41);
      expect(out.buildkit).toBe(true);
      expect(out.compose).toMatch(/^v[12] /);
    });
  });

  it('says how to start an engine when none answers', async () => {
    await withClient(
      connectStdio([], { DOCKER_HOST: 'unix:///tmp/dockwright-no-such.sock' }),
      async (mcp) => {
        const out = await mcp.ok<{ engine?: unknown; engineError: string }>('system_info');
        expect(out.engine).toBeUndefined();
        expect(out.engineError).toMatch(
          /Cannot reach the Docker Engine at unix:\/\/\/tmp\/dockwright-no-such\.sock/,
        );
        expect(out.engineError).toMatch(/DOCKER_HOST|docker context/);
        const failed = await mcp.fails('container_list');
        expect(failed).toMatch(/^\[DOCKER_UNAVAILABLE\]/);
      },
    );
  });
});
