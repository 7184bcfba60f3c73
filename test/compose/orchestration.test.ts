import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { composeDown } from '../../src/compose/down.js';
import { projectLogs } from '../../src/compose/logs.js';
import { projectStatus } from '../../src/compose/status.js';
import { composeUp } from '../../src/compose/up.js';
import type { DockerEngine } from '../../src/engine/types.js';
import { type ComposeCli, detectComposeCli } from '../../src/exec/compose.js';
import { realEngine, uniqueProject } from './engine.js';

const projects = path.join(import.meta.dirname, 'fixtures/projects');
let engine: DockerEngine;
let cli: ComposeCli;
const created: string[] = [];

beforeAll(async () => {
  engine = await realEngine();
  cli = await detectComposeCli('v1');
});

afterAll(async () => {
  for (const projectName of created)
    await composeDown({ engine }, { projectName, volumes: true, timeoutSeconds: 1 });
});

describe('compose up/ps/logs/down on the real engine with Compose v1', () => {
  it('uses docker-compose 1.29 here', () =>
    expect(cli).toMatchObject({ flavour: 'v1', version: '1.29.2', prefix: [] }));

  it('returns only when the db is healthy and the app running, then tears everything down', async () => {
    const projectName = uniqueProject('stack');
    created.push(projectName);
    const files = [path.join(projects, 'stack/compose.yaml')];
    const progress: string[] = [];
    const result = await composeUp(
      { engine, cli, onProgress: (change) => progress.push(`${change.service}:${change.readiness}`) },
      { files, projectName, env: { ...process.env, DB_DELAY: '3' }, timeoutMs: 90_000 },
    );
    expect(result.failure).toBeUndefined();
    expect(result).toMatchObject({ ok: true, outcome: 'ready', cli: { flavour: 'v1' } });
    const byName = Object.fromEntries(result.services.map((s) => [s.service, s]));
    expect(byName.db.containers[0]).toMatchObject({ state: 'running', health: 'healthy' });
    expect(byName.app.containers[0].state).toBe('running');
    expect(byName.cache.readiness).toBe('ready');
    expect(progress).toContain('db:ready');
    expect(result.elapsedMs).toBeGreaterThan(3000);

    const status = await projectStatus(engine, projectName);
    const db = status.find((s) => s.service === 'db')?.containers[0];
    const app = status.find((s) => s.service === 'app')?.containers[0];
    expect(db).toMatchObject({ health: 'healthy', memoryLimitBytes: 96 * 1024 * 1024, restarts: 0 });
    expect(app).toMatchObject({ memoryLimitBytes: 64 * 1024 * 1024, cpus: 0.5 });
    expect(app?.ports[0]).toMatch(/^127\.0\.0\.1:\d+->8080\/tcp$/);

    const logs = await projectLogs(engine, { projectName, services: ['db'], tail: 10 });
    expect(logs[0].text).toContain('db ready');
    expect(logs[0].text).toContain('PASSWORD=****');
    expect(logs[0].text).not.toContain('hunter2');
    expect(logs[0].text).toMatch(/^<<<UNTRUSTED/);

    const down = await composeDown(
      { engine, cli },
      { files, projectName, volumes: true, timeoutSeconds: 1, env: process.env },
    );
    expect(down).toMatchObject({
      ok: true,
      method: 'cli-v1',
      leftovers: { containers: [], networks: [], volumes: [] },
    });
  }, 120_000);

  it('fails after its timeout with the unhealthy service, its health output and logs', async () => {
    const projectName = uniqueProject('never');
    created.push(projectName);
    const files = [path.join(projects, 'never-healthy/compose.yaml')];
    const started = Date.now();
    const result = await composeUp(
      { engine, cli },
      { files, projectName, env: process.env, timeoutMs: 15_000 },
    );
    expect(Date.now() - started).toBeGreaterThanOrEqual(15_000);
    expect(result).toMatchObject({ ok: false, outcome: 'timeout', rolledBack: false });
    expect(result.failure).toMatchObject({ service: 'stuck', state: 'running', health: 'unhealthy' });
    expect(result.failure?.lastHealthOutput).toContain('probe says not ready');
    expect(result.failure?.logs).toContain('stuck waiting for a dependency');
    expect(result.failure?.reason).toMatch(/timed out waiting for service "stuck"/);
    // The stack is left for inspection unless rollback was asked.
    expect((await projectStatus(engine, projectName)).length).toBe(2);
  }, 60_000);

  it('rolls back on failure when asked', async () => {
    const projectName = uniqueProject('rollback');
    created.push(projectName);
    const files = [path.join(projects, 'never-healthy/compose.yaml')];
    const result = await composeUp(
      { engine, cli },
      { files, projectName, env: process.env, timeoutMs: 3_000, rollbackOnFailure: true },
    );
    expect(result).toMatchObject({ ok: false, rolledBack: true });
    expect(await projectStatus(engine, projectName)).toEqual([]);
  }, 60_000);
});
