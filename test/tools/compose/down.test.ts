import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectInMemory, type TestClient } from '../../helpers/mcp.js';
import { prepare, removeProject, STACK_DIR, uniqueProject } from './stack.js';

interface PsResult {
  project: string;
  services: {
    service: string;
    readiness: string;
    containers: {
      health?: string;
      memoryLimitBytes?: number;
      cpus?: number;
      restarts: number;
      ports: string[];
    }[];
  }[];
}

describe('compose_down (MCP, real engine)', () => {
  let mcp: TestClient;
  const projectName = uniqueProject('down');
  beforeAll(async () => {
    await prepare();
    mcp = await connectInMemory();
    await mcp.ok('compose_up', { dir: STACK_DIR, projectName, timeoutSeconds: 90 });
  }, 120_000);
  afterAll(async () => {
    await mcp.close();
    await removeProject(projectName);
  });

  it('compose_down needs confirmation, then leaves nothing with the project label', async () => {
    expect(await mcp.fails('compose_down', { dir: STACK_DIR, projectName, removeVolumes: true })).toMatch(
      /confirm/i,
    );
    const out = await mcp.ok('compose_down', {
      dir: STACK_DIR,
      projectName,
      removeVolumes: true,
      timeoutSeconds: 1,
      confirm: true,
    });
    expect(out).toMatchObject({
      ok: true,
      method: 'cli-v1',
      removedVolumes: true,
      leftovers: { containers: [], networks: [], volumes: [] },
    });
    const ps = await mcp.ok<PsResult>('compose_ps', { projectName });
    expect(ps.services).toEqual([]);
  }, 60_000);
});
