import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectInMemory, type TestClient } from '../../helpers/mcp.js';
import { prepare, removeProject, STACK_DIR, uniqueProject } from './stack.js';

describe('compose_logs (MCP, real engine)', () => {
  let mcp: TestClient;
  const projectName = uniqueProject('logs');
  beforeAll(async () => {
    await prepare();
    mcp = await connectInMemory();
    await mcp.ok('compose_up', { dir: STACK_DIR, projectName, timeoutSeconds: 90 });
  }, 120_000);
  afterAll(async () => {
    await mcp.close();
    await removeProject(projectName);
  });

  it('compose_logs returns masked, fenced logs per service', async () => {
    const out = await mcp.ok<{ logs: { service: string; text: string }[] }>('compose_logs', {
      dir: STACK_DIR,
      projectName,
      services: ['db'],
      tail: 5,
    });
    expect(out.logs).toHaveLength(1);
    expect(out.logs[0].text).toContain('PASSWORD=****');
    expect(out.logs[0].text).not.toContain('hunter2');
    expect(out.logs[0].text).toMatch(/^<<<UNTRUSTED logs of /);
  });
});
