import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requireEngine, requireImage } from '../../helpers/docker.js';
import { connectInMemory, REPO_ROOT, type TestClient } from '../../helpers/mcp.js';
import { removeTree } from '../../helpers/temp-tree.js';
import { removeProject, uniqueProject } from './stack.js';

/** frontend/ (Node, no dependencies) calls backend/ (Python standard library) at localhost:38174 or BACKEND_URL. */
const FIXTURE = path.join(REPO_ROOT, 'test/compose/fixtures/projects/multi-app');
/** An npm workspace: apps/web calls apps/api (API_URL); both use packages/shared, so both install at the root. */
const WORKSPACE_FIXTURE = path.join(REPO_ROOT, 'test/compose/fixtures/projects/multi-app-workspace');
// Stand-ins for the generator's defaults (Node LTS, Python 3.12), which cannot be pulled here.
const STAND_INS =
  'node=node:20-bookworm-slim,node-runtime=node:20-bookworm-slim,python=python:3.11-slim-bookworm,python-runtime=python:3.11-slim-bookworm';

interface MultiOut {
  compose: string;
  files: { path: string; action: string; diff?: string }[];
  apps: {
    service: string;
    dir: string;
    context: string;
    dockerfile: string;
    existing: string[];
    findings: string[];
    port?: number;
    generated: string;
  }[];
  rationale: { choice: string; why: string }[];
}

function copyFixture(fixture = FIXTURE): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'dw-multi-app-'));
  cpSync(fixture, dir, { recursive: true });
  return dir;
}

/**
 * Brings the generated compose.yaml up with compose_up, building each app's image as a user
 * would (build: true; under Compose v1 dockwright builds with BuildKit), hands the services'
 * health to `check`, then removes the project and its images.
 */
async function withStack(
  mcp: TestClient,
  apps: MultiOut['apps'],
  check: (health: [string, string | undefined][]) => Promise<void>,
): Promise<void> {
  const project = uniqueProject('multiapp');
  try {
    const up = await mcp.ok<{
      ok: boolean;
      services: { service: string; containers: { health?: string }[] }[];
    }>('compose_up', { dir: '.', projectName: project, build: true, timeoutSeconds: 300 });
    expect(up.ok).toBe(true);
    await check(up.services.map((s) => [s.service, s.containers[0]?.health]));
  } finally {
    await removeProject(project);
    const engine = await requireEngine();
    for (const app of apps)
      await engine.removeImage(`${project}_${app.service}`, { force: true }).catch(() => undefined);
  }
}

/** A fresh copy of `fixture` (changed by `prepare`) served by its own in-memory MCP server, for one describe block. */
function useRepo(
  fixture = FIXTURE,
  {
    prepare = () => undefined,
    standIns = true,
  }: { prepare?: (repo: string) => void; standIns?: boolean } = {},
): { mcp: TestClient; repo: string } {
  const state = {} as { mcp: TestClient; repo: string };
  const savedBases = process.env.DOCKWRIGHT_BASE_IMAGES;
  beforeAll(async () => {
    if (standIns) process.env.DOCKWRIGHT_BASE_IMAGES = STAND_INS;
    state.repo = copyFixture(fixture);
    prepare(state.repo);
    state.mcp = await connectInMemory({ workspace: [state.repo] });
  });
  afterAll(async () => {
    if (savedBases === undefined) delete process.env.DOCKWRIGHT_BASE_IMAGES;
    else process.env.DOCKWRIGHT_BASE_IMAGES = savedBases;
    await state.mcp?.close();
    removeTree(state.repo);
  });
  return state;
}

describe('compose_generate on a multi-app repository (MCP)', () => {
  const use = useRepo();

  it('project_detect names every app and points at compose_generate', async () => {
    const plan = await use.mcp.ok<{ notes: string[]; apps: unknown[] }>('project_detect', {});
    expect(plan.apps).toEqual([
      {
        service: 'backend',
        dir: 'backend',
        context: 'backend',
        language: 'python',
        port: 38174,
        existing: [],
      },
      {
        service: 'frontend',
        dir: 'frontend',
        context: 'frontend',
        language: 'node',
        port: 38173,
        existing: [],
      },
    ]);
    expect(plan.notes).toContain(
      'This repository holds 2 apps (backend, frontend): compose_generate on the root writes a Dockerfile for each and a compose.yaml that wires them; appDir picks one.',
    );
  });

  it('previews a Dockerfile per app and a compose.yaml that wires the frontend to the backend by service name', async () => {
    const out = await use.mcp.ok<MultiOut>('compose_generate', {});
    expect(
      out.apps.map(({ service, context, dockerfile, port }) => ({ service, context, dockerfile, port })),
    ).toEqual([
      { service: 'backend', context: 'backend', dockerfile: 'backend/Dockerfile', port: 38174 },
      { service: 'frontend', context: 'frontend', dockerfile: 'frontend/Dockerfile', port: 38173 },
    ]);
    expect(out.apps[0].generated).toContain('CMD ["python", "app.py"]');
    expect(out.apps[1].generated).toContain('HEALTHCHECK');
    expect(out.files.map((f) => `${f.path}: ${f.action}`)).toEqual([
      'backend/Dockerfile: not-written',
      'backend/.dockerignore: not-written',
      'frontend/Dockerfile: not-written',
      'frontend/.dockerignore: not-written',
      'compose.yaml: not-written',
    ]);
    expect(out.compose).toContain('context: ./backend');
    expect(out.compose).toContain('BACKEND_URL: http://backend:38174');
    expect(out.compose).toMatch(/depends_on:\n\s+backend:\n\s+condition: service_healthy/);
    expect(out.rationale[0].choice).toBe('frontend → backend: BACKEND_URL=http://backend:38174');
  });

  it('refuses a port for the whole repository, naming the apps', async () => {
    expect(await use.mcp.fails('compose_generate', { port: 9000 })).toMatch(
      /port applies to one app, and \. holds 2 \(backend, frontend\)/,
    );
  });

  it('brings the generated stack up on the real engine: both healthy, the frontend reaches the backend by name', async () => {
    await requireImage('node:20-bookworm-slim');
    await requireImage('python:3.11-slim-bookworm');
    const written = await use.mcp.ok<MultiOut>('compose_generate', { write: true });
    expect(written.files.every((f) => f.action === 'created')).toBe(true);
    await withStack(use.mcp, written.apps, async (health) => {
      expect(health).toEqual([
        ['backend', 'healthy'],
        ['frontend', 'healthy'],
      ]);
      const page = await fetch('http://127.0.0.1:38173/');
      expect(await page.text()).toBe('frontend got: {"greeting": "hello from the backend"}');
    });
  }, 300_000);
});

describe('compose_generate on an npm workspace with two apps (MCP)', () => {
  const use = useRepo(WORKSPACE_FIXTURE);

  it('builds each app from the root with the workspace lockfile; the stack comes up and web reaches api by name', async () => {
    await requireImage('node:20-bookworm-slim');
    const written = await use.mcp.ok<MultiOut>('compose_generate', { write: true });
    expect(written.files.map((f) => `${f.path}: ${f.action}`)).toEqual([
      'apps/api/Dockerfile: created',
      'apps/web/Dockerfile: created',
      '.dockerignore: created',
      'compose.yaml: created',
    ]);
    expect(written.apps.map((a) => [a.service, a.context, a.dockerfile])).toEqual([
      ['api', '.', 'apps/api/Dockerfile'],
      ['web', '.', 'apps/web/Dockerfile'],
    ]);
    expect(written.compose).toContain('API_URL: http://api:38176');
    await withStack(use.mcp, written.apps, async (health) => {
      expect(health).toEqual([
        ['api', 'healthy'],
        ['web', 'healthy'],
      ]);
      const page = await fetch('http://127.0.0.1:38175/');
      expect(await page.text()).toBe(
        'hello user from the shared package; api says: hello web from the shared package',
      );
    });
  }, 300_000);
});

describe('an app that already has a Dockerfile (MCP)', () => {
  const own = 'FROM python:latest\nWORKDIR /app\nCOPY app.py .\nEXPOSE 38174\nCMD ["python3", "app.py"]\n';
  const ownCompose = 'services:\n  backend:\n    build: ./backend\n';
  const use = useRepo(FIXTURE, {
    standIns: false,
    prepare: (repo) => {
      writeFileSync(path.join(repo, 'backend/Dockerfile'), own);
      writeFileSync(path.join(repo, 'docker-compose.yml'), ownCompose);
    },
  });

  it('is reported by project_detect', async () => {
    const result = await use.mcp.call('project_detect', {});
    const plan = result.structuredContent as { notes: string[] };
    expect(plan.notes.join(' ')).toContain('already has docker-compose.yml, backend/Dockerfile');
    expect((result.content as { text: string }[])[0].text).toContain(
      '2 apps: backend (python, port 38174, has backend/Dockerfile), frontend (node, port 38173)',
    );
  });

  it('is kept, shown as a diff, and built with; overwriting needs consent', async () => {
    const result = await use.mcp.call('compose_generate', { write: true });
    const out = result.structuredContent as unknown as MultiOut;
    expect((result.content as { text: string }[])[0].text).toMatch(
      /Found: backend\/Dockerfile\. backend\/Dockerfile: \d+ lint findings\./,
    );
    expect(out.apps[0].existing).toEqual(['backend/Dockerfile']);
    expect(out.rationale[0].choice).toBe('backend: its own backend/Dockerfile');
    expect(out.rationale[0].why).toMatch(
      /^Found backend\/Dockerfile: compose.yaml builds with it, .* dockerfile_fix/,
    );
    expect(out.apps[0].findings.map((f) => f.split(' ')[0])).toContain('DL3007');
    // The compose file the repository has is the one compared with, so no compose.yaml shadows it.
    expect(out.files.at(-1)).toMatchObject({ path: 'docker-compose.yml', action: 'exists-differs' });
    expect(readFileSync(path.join(use.repo, 'docker-compose.yml'), 'utf8')).toBe(ownCompose);
    expect(out.files[0]).toMatchObject({ path: 'backend/Dockerfile', action: 'exists-differs' });
    expect(out.files[0].diff).toMatch(/^-CMD \["python3", "app.py"\]$/m);
    expect(readFileSync(path.join(use.repo, 'backend/Dockerfile'), 'utf8')).toBe(own);
    // Its own Dockerfile has no HEALTHCHECK, so the frontend waits only for it to start.
    expect(out.compose).toMatch(/backend:\n\s+condition: service_started/);

    expect(await use.mcp.fails('compose_generate', { write: true, overwrite: true })).toMatch(/confirm/i);
    expect(readFileSync(path.join(use.repo, 'backend/Dockerfile'), 'utf8')).toBe(own);
    const replaced = await use.mcp.ok<MultiOut>('compose_generate', {
      write: true,
      overwrite: true,
      confirm: true,
    });
    expect(replaced.files.find((f) => f.path === 'backend/Dockerfile')?.action).toBe('overwritten');
    expect(readFileSync(path.join(use.repo, 'backend/Dockerfile'), 'utf8')).toBe(replaced.apps[0].generated);
    expect(replaced.compose).toMatch(/backend:\n\s+condition: service_healthy/);
  });
});
