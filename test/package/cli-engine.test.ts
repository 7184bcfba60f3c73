import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runProcess } from '../../src/exec/process.js';
import { removeLabelled, requireEngine, requireImage, TEST_RUN } from '../helpers/docker.js';
import { installedPackage } from '../helpers/installed.js';
import { REPO_ROOT } from '../helpers/mcp.js';
import { REGISTRY, requireRegistry } from '../helpers/registry.js';
import { uniqueStack, withOneNodeSwarm } from '../tools/stack/swarm.js';

/**
 * The commands that need the engine (doctor, build, analyze, scan, assess, pull, push,
 * compose, stack), run from the packed tarball installed in an empty folder, against the
 * real engine, the local registry and the Trivy binary of scripts/test-env.sh.
 */
let bin: string;
let work: string;
const TRIVY_PATH_FILE = '/tmp/dockwright-test-env/trivy-path';
const trivy = () => readFileSync(TRIVY_PATH_FILE, 'utf8').trim();
const dockwright = (args: string[], env: Record<string, string> = {}) =>
  runProcess(bin, args, { cwd: work, timeoutMs: 300_000, env: { NO_COLOR: '1', ...env } });
const json = <T = Record<string, unknown>>(stdout: string) => JSON.parse(stdout) as T;

const IMAGE = `dw-pkg-test:${TEST_RUN}`;
const LABELS = ['--label', 'dockwright.test=1', '--label', `dockwright.test.run=${TEST_RUN}`];

beforeAll(async () => {
  await requireImage('busybox:latest');
  bin = (await installedPackage()).bin;
  work = mkdtempSync(path.join(tmpdir(), 'dw-cli-engine-'));
}, 1_500_000);
afterAll(async () => {
  await removeLabelled(undefined, true);
  rmSync(work, { recursive: true, force: true });
});

describe('dockwright doctor (installed tarball)', () => {
  it('finds the engine, BuildKit and Compose', async () => {
    const result = await dockwright(['doctor'], { DOCKWRIGHT_TRIVY: trivy() });
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toMatch(/^ok +Docker Engine \d+\.\d+/m);
    expect(result.stdout).toMatch(/^ok +BuildKit/m);
    expect(result.stdout).toMatch(/^ok +Compose v[12]/m);
    expect(result.stdout).toMatch(/^ok +Trivy/m);
  });
});

describe('dockwright build, analyze, scan, assess (installed tarball)', () => {
  beforeAll(async () => {
    writeFileSync(path.join(work, '.dockerignore'), '.git\n');
    writeFileSync(
      path.join(work, 'Dockerfile'),
      'FROM busybox:latest\nRUN echo hi > /hello\nUSER 65534\n' +
        'HEALTHCHECK --interval=1s --timeout=1s --retries=3 CMD true\nCMD ["sleep", "3600"]\n',
    );
  });

  it('build tags the image and reports its steps; a failing step exits 1 with its output', async () => {
    const built = await dockwright(['build', '.', '-t', IMAGE, ...LABELS, '--json']);
    expect(built.exitCode).toBe(0);
    expect(json(built.stdout)).toMatchObject({ tags: [IMAGE], builder: 'buildkit', steps: { total: 2 } });
    expect(built.stderr).toMatch(/RUN echo hi/);
    const engine = await requireEngine();
    expect((await engine.inspectImage(IMAGE)).id).toBe(json(built.stdout).imageId);

    writeFileSync(
      path.join(work, 'Failing.Dockerfile'),
      'FROM busybox:latest\nRUN echo broken-step && exit 3\n',
    );
    const failed = await dockwright(['build', '.', '-f', 'Failing.Dockerfile', ...LABELS]);
    expect(failed.exitCode).toBe(1);
    expect(`${failed.stdout}${failed.stderr}`).toMatch(/broken-step/);
  });

  it('analyze shows the layers and the runtime settings', async () => {
    const result = await dockwright(['analyze', IMAGE, '--json']);
    expect(result.exitCode).toBe(0);
    const report = json<{ layers: unknown[]; runtime: { user: string } }>(result.stdout);
    expect(report.layers.length).toBeGreaterThanOrEqual(2);
    expect(report.runtime.user).toBe('65534');
    const missing = await dockwright(['analyze', `dw-pkg-never:${TEST_RUN}`]);
    expect(missing.exitCode).toBe(2);
  });

  it('scan runs Trivy and the built-in scanner, and --sbom prints CycloneDX', async () => {
    const withTrivy = await dockwright(['scan', IMAGE, '--scanners', 'secret', '--format', 'json'], {
      DOCKWRIGHT_TRIVY: trivy(),
    });
    expect(withTrivy.exitCode).toBe(0);
    expect(json(withTrivy.stdout)).toMatchObject({ target: IMAGE, engine: { name: 'trivy' }, findings: [] });
    const builtin = await dockwright([
      'scan',
      IMAGE,
      '--engine',
      'builtin',
      '--scanners',
      'secret',
      '--format',
      'json',
    ]);
    expect(builtin.exitCode).toBe(0);
    expect(json(builtin.stdout)).toMatchObject({
      target: IMAGE,
      engine: { name: 'dockwright-builtin' },
      findings: [],
    });
    const sbom = await dockwright(['scan', IMAGE, '--sbom', '--engine', 'builtin']);
    expect(sbom.exitCode).toBe(0);
    expect(json(sbom.stdout)).toMatchObject({ bomFormat: 'CycloneDX', specVersion: '1.5' });
  });

  it('assess scores the image: a single-stage build is not known to be multi-stage, so exit 1', async () => {
    const result = await dockwright(['assess', IMAGE, '--json', '--scan-engine', 'builtin']);
    const report = json<{ criteria: { id: string; status: string }[] }>(result.stdout);
    const status = Object.fromEntries(report.criteria.map((c) => [c.id, c.status]));
    expect(status).toMatchObject({ 'non-root': 'pass', healthcheck: 'pass', secrets: 'pass' });
    expect(result.exitCode).toBe(1);
  });
});

describe('dockwright containerize (installed tarball)', () => {
  // Stand-in base image: python:3.11-slim-bookworm (made locally by scripts/test-env.sh).
  const PYTHON = [
    '--base-image',
    'python=python:3.11-slim-bookworm',
    '--base-image',
    'python-runtime=python:3.11-slim-bookworm',
  ];

  it('plans without an engine, then builds, runs and verifies a Python app, exit 0', async () => {
    await requireImage('python:3.11-slim-bookworm');
    const app = mkdtempSync(path.join(work, 'containerize-'));
    cpSync(path.join(REPO_ROOT, 'test/dockerfile/generate/fixtures/python-stdlib'), app, { recursive: true });
    const planned = await dockwright(['containerize', app, '--dry-run', '--json', ...PYTHON], {
      DOCKER_HOST: 'unix:///tmp/dockwright-no-such.sock',
    });
    expect(planned.exitCode, planned.stderr).toBe(0);
    expect(json<{ baseImages: string[] }>(planned.stdout).baseImages).toEqual(['python:3.11-slim-bookworm']);
    expect(existsSync(path.join(app, 'Dockerfile'))).toBe(false);

    const tag = `dw-pkg-containerize:${TEST_RUN}`;
    const done = await dockwright(['containerize', app, '--json', '--tag', tag, ...PYTHON, ...LABELS], {
      DOCKWRIGHT_PATTERNS_DB: path.join(work, 'patterns.db'),
    });
    expect(done.exitCode, done.stdout + done.stderr).toBe(0);
    const report = json<{ ok: boolean; verify: { passed: boolean }; image: { tag: string } }>(done.stdout);
    expect(report).toMatchObject({ ok: true, verify: { passed: true }, image: { tag } });
    expect(existsSync(path.join(app, 'Dockerfile'))).toBe(true);
  });
});

describe('dockwright push / pull (installed tarball, local registry)', () => {
  it('pushes and pulls with plain progress lines, and exits 2 for a missing image', async () => {
    await requireRegistry();
    const engine = await requireEngine();
    const image = `${REGISTRY}/dw-test/pkg:${TEST_RUN}`;
    await engine.tagImage('busybox:latest', `${REGISTRY}/dw-test/pkg`, TEST_RUN);
    try {
      const pushed = await dockwright(['push', image, '--json']);
      expect(pushed.exitCode).toBe(0);
      const { digest } = json<{ digest: string }>(pushed.stdout);
      expect(digest).toMatch(/^sha256:/);
      expect(pushed.stderr).toMatch(/layers:/);
      await engine.removeImage(image);
      const pulled = await dockwright(['pull', image, '--json']);
      expect(pulled.exitCode).toBe(0);
      expect(json(pulled.stdout)).toEqual({ image, digest });
      const missing = await dockwright(['pull', `${REGISTRY}/dw-test/never:${TEST_RUN}`]);
      expect(missing.exitCode).toBe(2);
      expect(missing.stderr).toMatch(/not found/);
    } finally {
      await engine.removeImage(image).catch(() => {});
    }
  });
});

describe('dockwright compose (installed tarball)', () => {
  const dir = path.join(REPO_ROOT, 'test/compose/fixtures/projects/stack');
  const project = `dwpkg-${TEST_RUN.replace(/[^a-z0-9]/g, '')}`;

  it('up waits until healthy; ps, logs and down report the project', async () => {
    try {
      const up = await dockwright(['compose', 'up', dir, '-p', project, '--json'], { DB_DELAY: '1' });
      expect(up.exitCode).toBe(0);
      expect(json(up.stdout)).toMatchObject({ ok: true });
      const ps = await dockwright(['compose', 'ps', dir, '-p', project, '--json']);
      expect(ps.exitCode).toBe(0);
      const services = json<{ services: { service: string }[] }>(ps.stdout).services.map((s) => s.service);
      expect(services.sort()).toEqual(['app', 'cache', 'db']);
      const logs = await dockwright(['compose', 'logs', path.join(dir, 'compose.yaml'), '-p', project]);
      expect(logs.exitCode).toBe(0);
      expect(logs.stdout).toMatch(/app listening/);
      expect(logs.stdout).not.toMatch(/hunter2/);
    } finally {
      const down = await dockwright(['compose', 'down', dir, '-p', project, '--volumes']);
      expect(down.stdout).toMatch(new RegExp(`project ${project} is down`));
      expect(down.exitCode).toBe(0);
    }
  });
});

describe('dockwright stack (installed tarball, one-node Swarm)', () => {
  it('deploy waits for the replicas; ps shows them; rm leaves nothing', async () => {
    const dir = path.join(REPO_ROOT, 'test/compose/fixtures/projects/swarm');
    const stack = uniqueStack('pkg');
    await withOneNodeSwarm(async ({ host }) => {
      const onSwarm = { DOCKER_HOST: host };
      // Removed whatever happens, and checked after: a failure in deploy or ps is the one reported.
      let removed: Awaited<ReturnType<typeof dockwright>> | undefined;
      try {
        const deployed = await dockwright(['stack', 'deploy', dir, '--name', stack, '--json'], onSwarm);
        expect(deployed.exitCode, deployed.stderr).toBe(0);
        expect(json(deployed.stdout)).toMatchObject({ ok: true, stack });
        const ps = await dockwright(['stack', 'ps', stack, '--json'], onSwarm);
        expect(ps.exitCode, ps.stderr).toBe(0);
        const status = json<{ services: { name: string; running: number; desired: number }[] }>(ps.stdout);
        expect(status.services.find((s) => s.name.endsWith('_web'))).toMatchObject({
          running: 2,
          desired: 2,
        });
      } finally {
        removed = await dockwright(['stack', 'rm', stack], onSwarm);
      }
      expect(removed.stdout, removed.stderr).toMatch(new RegExp(`stack ${stack} removed`));
      expect(removed.exitCode).toBe(0);
    });
  }, 240_000);
});
