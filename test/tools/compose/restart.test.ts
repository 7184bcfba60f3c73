import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectInMemory, type TestClient } from '../../helpers/mcp.js';
import { prepare, removeProject, STACK_DIR, uniqueProject } from './stack.js';

describe('compose_restart (MCP, real engine)', () => {
  let mcp: TestClient;
  const projectName = uniqueProject('restart');
  beforeAll(async () => {
    await prepare();
    mcp = await connectInMemory();
    await mcp.ok('compose_up', { dir: STACK_DIR, projectName, timeoutSeconds: 90 });
  }, 120_000);
  afterAll(async () => {
    await mcp.close();
    await removeProject(projectName);
  });

  it('compose_restart restarts a service and waits until it is healthy again', async () => {
    const out = await mcp.ok<{
      ok: boolean;
      readiness: { service: string; detail: string }[];
      elapsedMs: number;
    }>('compose_restart', {
      dir: STACK_DIR,
      projectName,
      services: ['db'],
      timeoutSeconds: 60,
    });
    expect(out.ok).toBe(true);
    expect(out.readiness).toEqual([{ service: 'db', readiness: 'ready', detail: 'running, healthy' }]);
    expect(out.elapsedMs).toBeGreaterThan(2500);
  }, 90_000);
});
