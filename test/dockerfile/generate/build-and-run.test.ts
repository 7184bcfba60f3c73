import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateDockerfile } from '../../../src/dockerfile/generate/index.js';
import { detectProject } from '../../../src/project/index.js';
import { docker, dockerOk, removeLabelled, STAND_INS, SUITE_LABEL_ARGS, waitFor } from './docker-cli.js';

const FIXTURES = path.join(import.meta.dirname, 'fixtures');

/** Each sample app, the stand-in base images it is built on, and the host port it is published on. */
const APPS = [
  { app: 'node-npm-build', hostPort: 18301, expect: 'hello from node-npm-build' },
  { app: 'node-pnpm', hostPort: 18302, expect: 'hello from node-pnpm' },
  { app: 'python-stdlib', hostPort: 18303, expect: 'hello from python-stdlib' },
  { app: 'go-stdlib', hostPort: 18304, expect: 'hello from go-stdlib' },
  { app: 'static-site', hostPort: 18305, expect: 'hello from static-site' },
  // A Go workspace: api imports the library module greet through go.work alone.
  { app: 'go-workspace', hostPort: 18306, expect: 'hello from go-workspace' },
];

let workdir: string;

beforeAll(async () => {
  const info = await docker(['version', '--format', '{{.Server.Version}}'], 15_000);
  if (info.code !== 0)
    throw new Error(
      `No Docker Engine is reachable (${info.out.trim()}). Start dockerd (see .ci/run) and retry.`,
    );
  workdir = mkdtempSync(path.join(tmpdir(), 'dw-generate-'));
});

afterAll(async () => {
  await removeLabelled();
  rmSync(workdir, { recursive: true, force: true });
});

function prepare(app: string, copyName = app): { dir: string; port: number } {
  const dir = path.join(workdir, copyName);
  cpSync(path.join(FIXTURES, app), dir, { recursive: true });
  const generated = generateDockerfile(detectProject(dir), { baseImages: { ...STAND_INS } });
  writeFileSync(path.join(dir, 'Dockerfile'), generated.dockerfile);
  writeFileSync(path.join(dir, '.dockerignore'), generated.dockerignore);
  return { dir, port: generated.port! };
}

/** Whether BuildKit's plain progress reports the step whose title matches as CACHED ("#12 [build 4/6] RUN ..." then "#12 CACHED"). */
function stepCached(log: string, title: RegExp): boolean {
  const step = log
    .split('\n')
    .find((line) => /^#\d+ \[/.test(line) && title.test(line.replace(/\s+/g, ' ').trim()));
  if (!step) throw new Error(`No build step matches ${title}`);
  const id = step.split(' ')[0];
  return log.split('\n').some((line) => line.trim() === `${id} CACHED`);
}

async function build(tag: string, dir: string): Promise<string> {
  return dockerOk(['build', '--progress=plain', ...SUITE_LABEL_ARGS, '-t', tag, dir], 600_000);
}

describe('generated Dockerfiles build and run on the real engine (stand-in bases: node:20-bookworm-slim, python:3.11-slim-bookworm, golang:1.19-bookworm, debian:bookworm-slim, caddy:2.6)', () => {
  it.each(APPS)(
    '$app: builds, answers on its port, becomes healthy, runs as non-root',
    async ({ app, hostPort, expect: text }) => {
      const { dir, port } = prepare(app);
      const tag = `dockwright-test/generate-${app}:1`;
      await build(tag, dir);
      // The probe command is the image's own; only its timing is shortened so the test does not wait 30 s.
      const id = (
        await dockerOk([
          'run',
          '-d',
          ...SUITE_LABEL_ARGS,
          '-p',
          `127.0.0.1:${hostPort}:${port}`,
          '--health-interval',
          '2s',
          '--health-start-period',
          '2s',
          tag,
        ])
      )
        .trim()
        .split('\n')
        .pop()!;
      const body = await waitFor(
        'an answer',
        async () => {
          const response = await fetch(`http://127.0.0.1:${hostPort}/`, {
            signal: AbortSignal.timeout(2_000),
          });
          return response.ok ? response.text() : undefined;
        },
        30_000,
      );
      expect(body).toContain(text);
      const health = await waitFor(
        'healthy',
        async () => {
          const status = (await dockerOk(['inspect', '-f', '{{.State.Health.Status}}', id])).trim();
          return status === 'healthy' ? status : undefined;
        },
        40_000,
      );
      expect(health).toBe('healthy');
      const uids = (await dockerOk(['top', id, '-eo', 'pid,uid']))
        .split('\n')
        .slice(1)
        .map((line) => line.trim().split(/\s+/)[1])
        .filter(Boolean);
      expect(uids.length).toBeGreaterThan(0);
      expect(uids.every((uid) => uid !== '0' && uid !== 'root')).toBe(true);
      const stopStarted = Date.now();
      await dockerOk(['stop', '-t', '10', id]);
      expect(Date.now() - stopStarted).toBeLessThan(5_000);
    },
    600_000,
  );

  it('rebuilding after a source change reuses the dependency-install layer', async () => {
    const { dir } = prepare('node-npm-build', 'node-npm-build-rebuild');
    const tag = 'dockwright-test/generate-cache:1';
    await build(tag, dir);
    const source = path.join(dir, 'src', 'server.js');
    // Unique per run, or BuildKit would find the edited file in its cache from an earlier run.
    writeFileSync(source, `// changed ${Date.now()}\n${readFileSync(source, 'utf8')}`);
    const log = await build(tag, dir);
    expect(stepCached(log, /\] RUN .*npm ci$/)).toBe(true);
    expect(stepCached(log, /\] RUN npm run build$/)).toBe(false);
  }, 600_000);
});
