import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requireEngine } from '../../helpers/docker.js';
import { connectInMemory, type TestClient } from '../../helpers/mcp.js';
import { NEVER_HEALTHY_DIR, prepare, removeProject, STACK_DIR, uniqueProject } from './stack.js';

interface UpResult {
  ok: boolean;
  outcome: string;
  cli: { flavour: string };
  services: { service: string; readiness: string; containers: { health?: string; state: string }[] }[];
  failure?: { service?: string; health?: string; lastHealthOutput?: string; logs?: string };
}

describe('compose_up (MCP, real engine, Compose v1)', () => {
  let mcp: TestClient;
  const projects: string[] = [];
  const UNPULLABLE_DIR = 'test/compose/fixtures/projects/unpullable';
  beforeAll(async () => {
    await prepare();
    mcp = await connectInMemory();
  });
  afterAll(async () => {
    await mcp.close();
    for (const project of projects) await removeProject(project);
  });

  it('waits for the healthy db and reports progress per service', async () => {
    const projectName = uniqueProject('up');
    projects.push(projectName);
    const messages: string[] = [];
    const out = await mcp.ok<UpResult>(
      'compose_up',
      { dir: STACK_DIR, projectName, timeoutSeconds: 90 },
      (p) => messages.push(p.message ?? ''),
    );
    expect(out).toMatchObject({ ok: true, outcome: 'ready', cli: { flavour: 'v1' } });
    expect(out.services.find((s) => s.service === 'db')?.containers[0]).toMatchObject({
      state: 'running',
      health: 'healthy',
    });
    expect(messages).toContain('db: running, healthy');
  }, 120_000);

  it('returns ok=false with the health output and logs of a never-healthy service', async () => {
    const projectName = uniqueProject('upfail');
    projects.push(projectName);
    const result = await mcp.call('compose_up', { dir: NEVER_HEALTHY_DIR, projectName, timeoutSeconds: 12 });
    const out = result.structuredContent as unknown as UpResult;
    expect(out).toMatchObject({
      ok: false,
      outcome: 'timeout',
      failure: { service: 'stuck', health: 'unhealthy' },
    });
    expect(out.failure?.lastHealthOutput).toContain('probe says not ready');
    const text = (result.content as { text: string }[])[0].text;
    expect(text).toContain('Last health output: probe says not ready');
    expect(text).toContain('stuck waiting for a dependency');
  }, 60_000);

  it('fails naming the service, the image it could not pull and the fixes', async () => {
    const projectName = uniqueProject('unpullable');
    projects.push(projectName);
    const text = await mcp.fails('compose_up', { dir: UNPULLABLE_DIR, projectName, timeoutSeconds: 60 });
    expect(text).toMatch(
      /^\[NOT_FOUND\] Compose could not pull the image of this project: service "web" needs image "nosuch\.example\/nothing:1"/,
    );
    expect(text).toContain('its registry cannot be reached from the engine');
    expect(text).not.toContain('"worker"');
    expect(text).toMatch(
      /Next: Build it .*image_build.*reachable mirror \(image_pull\).*a tag this engine has \(image_list\)/,
    );
  }, 120_000);

  it('reports a service without a health check that exits a second after start as failed, with its exit code and logs', async () => {
    const projectName = uniqueProject('crash');
    projects.push(projectName);
    const result = await mcp.call('compose_up', {
      dir: 'test/compose/fixtures/projects/crash-at-start',
      projectName,
      timeoutSeconds: 30,
    });
    const out = result.structuredContent as unknown as UpResult;
    expect(out).toMatchObject({ ok: false, outcome: 'failed', failure: { service: 'crasher' } });
    const text = (result.content as { text: string }[])[0].text;
    expect(text).toContain('exited with code 3');
    expect(text).toContain('fatal: no config file');
  }, 60_000);

  it('builds a Dockerfile with RUN --mount under Compose v1 (BuildKit through the Engine API) and starts it', async () => {
    const projectName = uniqueProject('buildmount');
    projects.push(projectName);
    const engine = await requireEngine();
    try {
      const out = await mcp.ok<UpResult>('compose_up', {
        dir: 'test/compose/fixtures/projects/build-mount',
        projectName,
        build: true,
        timeoutSeconds: 120,
      });
      expect(out).toMatchObject({ ok: true, outcome: 'ready', cli: { flavour: 'v1' } });
      const logs = await mcp.ok<{ logs: string }>('compose_logs', {
        dir: 'test/compose/fixtures/projects/build-mount',
        projectName,
      });
      expect(JSON.stringify(logs)).toContain('built with a cache mount');
    } finally {
      await removeProject(projectName);
      await engine.removeImage(`${projectName}_app`, { force: true }).catch(() => undefined);
    }
  }, 300_000);

  it('refuses a privileged service unless the server allows it', async () => {
    const text = await mcp.fails('compose_up', {
      dir: 'test/compose/fixtures/projects/privileged',
      projectName: uniqueProject('priv'),
    });
    expect(text).toMatch(
      /^\[REFUSED\] Refused: .*\ncompose\.yaml:4 services\.root\.privileged: privileged mode/,
    );
    expect(text).toContain('--allow-privileged');
  });
});
