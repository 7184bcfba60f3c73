import { readdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ProgressUpdate } from '../../src/build/progress.js';
import { runBuild } from '../../src/build/run.js';
import { connectEngine } from '../../src/engine/index.js';
import type { DockerEngine } from '../../src/engine/types.js';
import { ToolError } from '../../src/errors.js';
import { runProcess } from '../../src/exec/process.js';
import { Workspace } from '../../src/workspace.js';
import { TEST_LABELS } from '../helpers/docker.js';
import { removeTree, tempTree } from '../helpers/temp-tree.js';
import { dockerLines, removeLabelledImages } from './fixtures.js';

const SECRET = 'tok-9f8e7d6c5b4a-never-in-the-image';

// Stand-ins used: busybox:latest (a local import; no registry is reachable).
const MULTI_STAGE = [
  'FROM busybox:latest AS build',
  'RUN --mount=type=cache,target=/cache echo cached-run >> /cache/runs && wc -l /cache/runs',
  'RUN --mount=type=secret,id=tok,required=true wc -c /run/secrets/tok > /token-length && cat /run/secrets/tok',
  'FROM busybox:latest',
  'COPY --from=build /token-length /token-length',
  'COPY app.txt /app.txt',
  'CMD ["cat", "/app.txt"]',
].join('\n');

let engine: DockerEngine;
const folders: string[] = [];

async function workspaceWith(files: Record<string, string>) {
  const dir = await tempTree(files);
  folders.push(dir);
  return { dir, workspace: new Workspace([dir]) };
}

beforeAll(async () => {
  engine = await connectEngine();
  await engine.facts().catch(() => {
    throw new Error('These tests need a Docker Engine: start dockerd (see .ci/run) and retry.');
  });
});

afterAll(async () => {
  await removeLabelledImages();
  await Promise.all(folders.map(removeTree));
});

describe('runBuild against the real engine', () => {
  it('builds a multi-stage Dockerfile with a cache mount and a secret, keeping the secret out of everything', async () => {
    const { workspace } = await workspaceWith({
      Dockerfile: MULTI_STAGE,
      'app.txt': 'hello\n',
      'secrets/tok': SECRET,
      '.dockerignore': 'secrets\n',
    });
    const updates: ProgressUpdate[] = [];
    const result = await runBuild(
      engine,
      workspace,
      {
        context: '.',
        tags: ['dockwright-test/multistage:1', 'dockwright-test/multistage:latest'],
        labels: TEST_LABELS,
        secrets: [{ id: 'tok', file: 'secrets/tok' }],
      },
      { signal: new AbortController().signal, onProgress: (update) => updates.push(update) },
    );
    expect(result.imageId).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(result.tags.sort()).toEqual(['dockwright-test/multistage:1', 'dockwright-test/multistage:latest']);
    expect(result.builder).toBe('buildkit');
    expect(result.steps.total).toBeGreaterThanOrEqual(5);
    // Only what the build reads travels: app.txt (the secrets folder is ignored, the Dockerfile goes apart).
    expect(result.contextFiles).toBe(1);

    const stepNames = new Set(updates.map((update) => update.step));
    for (const instruction of [
      '--mount=type=cache',
      '--mount=type=secret',
      'COPY --from=build',
      'COPY app.txt',
    ]) {
      expect([...stepNames].some((name) => name.includes(instruction))).toBe(true);
    }
    for (let i = 1; i < updates.length; i++)
      expect(updates[i].progress).toBeGreaterThan(updates[i - 1].progress);

    const everythingSent = JSON.stringify({ result, updates });
    expect(everythingSent).not.toContain(SECRET);
    const saved = await runProcess('/usr/bin/docker', ['save', result.imageId], {
      maxBytes: 64 * 1024 * 1024,
    });
    expect(saved.stdout.length).toBeGreaterThan(10_000);
    expect(saved.stdout).not.toContain(SECRET);
    const length = await runProcess('/usr/bin/docker', [
      'run',
      '--rm',
      '--label',
      'dockwright.test=1',
      result.imageId,
      'cat',
      '/token-length',
    ]);
    expect(length.stdout.trim()).toBe(`${SECRET.length} /run/secrets/tok`);
  });

  it('reports cached steps on a second identical build', async () => {
    const { workspace } = await workspaceWith({
      Dockerfile: 'FROM busybox:latest\nRUN echo one > /one\nCOPY a /a\n',
      a: 'a',
    });
    const request = { context: '.', tags: ['dockwright-test/cached:1'], labels: TEST_LABELS };
    await runBuild(engine, workspace, request, { signal: new AbortController().signal });
    const second = await runBuild(engine, workspace, request, { signal: new AbortController().signal });
    expect(second.steps.total).toBe(3);
    expect(second.steps.cached).toBeGreaterThanOrEqual(2);
  });

  it('syncs what COPY names (wildcards, folders) with .dockerignore applied, and picks up changed files', async () => {
    const { dir, workspace } = await workspaceWith({
      Dockerfile:
        'FROM busybox:latest\nCOPY *.json /cfg/\nCOPY src/ /src/\nRUN find /cfg /src -type f | sort > /listing && cat /src/x.js >> /listing\n',
      '.dockerignore': '**/*.log\n',
      'a.json': '{}',
      'b.json': '{}',
      'c.txt': 'not copied',
      'src/x.js': 'version-1',
      'src/deep/skip.log': 'ignored',
    });
    const listing = async () => {
      const built = await runBuild(
        engine,
        workspace,
        { context: '.', tags: ['dockwright-test/synced:1'], labels: TEST_LABELS },
        {
          signal: new AbortController().signal,
        },
      );
      const run = await runProcess('/usr/bin/docker', [
        'run',
        '--rm',
        '--label',
        'dockwright.test=1',
        built.imageId,
        'cat',
        '/listing',
      ]);
      return run.stdout;
    };
    expect(await listing()).toBe('/cfg/a.json\n/cfg/b.json\n/src/x.js\nversion-1');
    await writeFile(path.join(dir, 'src/x.js'), 'version-2');
    expect(await listing()).toBe('/cfg/a.json\n/cfg/b.json\n/src/x.js\nversion-2');
  });

  it('builds with the classic builder when asked, following its "Step n/m" lines', async () => {
    const { workspace } = await workspaceWith({
      Dockerfile: 'FROM busybox:latest\nRUN echo classic > /c\nCOPY a /a\n',
      a: 'a',
    });
    const updates: ProgressUpdate[] = [];
    const result = await runBuild(
      engine,
      workspace,
      {
        context: '.',
        tags: ['dockwright-test/classic:1'],
        labels: TEST_LABELS,
        builder: 'classic',
        noCache: true,
      },
      { signal: new AbortController().signal, onProgress: (update) => updates.push(update) },
    );
    expect(result.builder).toBe('classic');
    const steps = updates.map((update) => update.step);
    expect(steps.slice(0, 3)).toEqual(['FROM busybox:latest', 'RUN echo classic > /c', 'COPY a /a']);
    // The classic builder applies build labels as extra LABEL steps.
    expect(steps.slice(3).every((step) => step.startsWith('LABEL '))).toBe(true);
    expect(result.steps.total).toBe(steps.length);
    expect(result.contextFiles).toBe(2);
  });

  it('returns the failing step, its exit code and the tail of its output', async () => {
    const { workspace } = await workspaceWith({
      Dockerfile: 'FROM busybox:latest\nRUN echo first-line && echo the-reason-it-broke && exit 7\n',
    });
    const failure = await runBuild(
      engine,
      workspace,
      { context: '.', tags: ['dockwright-test/fails:1'], labels: TEST_LABELS },
      {
        signal: new AbortController().signal,
      },
    ).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ToolError);
    const error = failure as ToolError;
    expect(error.code).toBe('BUILD_FAILED');
    expect(error.message).toContain('RUN echo first-line');
    expect(error.message).toContain('exit code 7');
    expect(error.message).toContain('the-reason-it-broke');
    expect(error.hint).toContain('exited with 7');
  });

  it('explains a COPY of a file the context does not have', async () => {
    const { workspace } = await workspaceWith({
      Dockerfile: 'FROM busybox:latest\nCOPY missing.txt /m\n',
      '.dockerignore': 'x',
    });
    const error = (await runBuild(
      engine,
      workspace,
      { context: '.', tags: [], labels: TEST_LABELS },
      {
        signal: new AbortController().signal,
      },
    ).catch((e: unknown) => e)) as ToolError;
    expect(error.code).toBe('BUILD_FAILED');
    expect(error.hint).toMatch(/not in the build context/);
  });

  it('says when the base image is neither local nor reachable', async () => {
    const { workspace } = await workspaceWith({ Dockerfile: 'FROM dockwright-no-such-base:1\nRUN true\n' });
    const error = (await runBuild(
      engine,
      workspace,
      { context: '.', tags: [], labels: TEST_LABELS },
      {
        signal: new AbortController().signal,
      },
    ).catch((e: unknown) => e)) as ToolError;
    expect(error.code).toBe('BUILD_FAILED');
    expect(error.hint).toContain('docker.io/library/dockwright-no-such-base:1');
    expect(error.hint).toMatch(/not on this engine and its registry cannot be reached/);
  });

  it('recognises a package install that cannot reach the network', async () => {
    // Stand-in used: debian:bookworm-slim, built with no network so apt cannot resolve its mirror.
    const { workspace } = await workspaceWith({
      Dockerfile:
        'FROM debian:bookworm-slim\nRUN apt-get update && apt-get install -y --no-install-recommends curl\n',
    });
    const error = (await runBuild(
      engine,
      workspace,
      { context: '.', tags: [], labels: TEST_LABELS, networkMode: 'none' },
      {
        signal: new AbortController().signal,
      },
    ).catch((e: unknown) => e)) as ToolError;
    expect(error.code).toBe('BUILD_FAILED');
    expect(error.message).toContain('RUN apt-get update && apt-get install');
    expect(error.hint).toMatch(/package download failed on the network/);
  });

  it('stops a long build within 2 seconds of cancellation and leaves nothing behind', async () => {
    const marker = `dockwright-cancel-${Date.now()}`;
    const { workspace } = await workspaceWith({
      Dockerfile: `FROM busybox:latest\nRUN echo ${marker} && sleep 45 && echo finished\n`,
    });
    // Other test files run in parallel and make their own temp folders: look for build leftovers only.
    const buildTemp = async () =>
      (await readdir(os.tmpdir())).filter(
        (name) => /build|context|dockerfile/i.test(name) && !name.startsWith('dockwright-build-'),
      );
    const tempBefore = await buildTemp();
    const controller = new AbortController();
    const building = runBuild(
      engine,
      workspace,
      { context: '.', tags: ['dockwright-test/cancelled:1'], labels: TEST_LABELS },
      {
        signal: controller.signal,
      },
    ).then(
      () => 'finished',
      (error: ToolError) => error.code,
    );
    const running = async () => (await runProcess('/usr/bin/pgrep', ['-f', marker])).stdout.trim() !== '';
    const waitStart = Date.now();
    while (!(await running()) && Date.now() - waitStart < 20_000)
      await new Promise((resolve) => setTimeout(resolve, 100));
    expect(await running()).toBe(true);
    const abortedAt = Date.now();
    controller.abort();
    const outcome = await building;
    while ((await running()) && Date.now() - abortedAt < 10_000)
      await new Promise((resolve) => setTimeout(resolve, 50));
    const stoppedAfterMs = Date.now() - abortedAt;
    expect(outcome).toBe('CANCELLED');
    console.info(`cancel: engine process gone ${stoppedAfterMs} ms after abort`);
    expect(stoppedAfterMs).toBeLessThan(2000);
    const containers = await runProcess('/usr/bin/docker', [
      'ps',
      '-a',
      '--no-trunc',
      '--format',
      '{{.Command}}',
    ]);
    expect(containers.stdout).not.toContain(marker);
    expect(await dockerLines(['images', '-q', 'dockwright-test/cancelled'])).toEqual([]);
    expect((await buildTemp()).filter((name) => !tempBefore.includes(name))).toEqual([]);
  });
});
