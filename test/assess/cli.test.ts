import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { assessCommand } from '../../src/cli/assess.js';
import { runProcess } from '../../src/exec/process.js';
import { removeLabelled, requireImage, TEST_LABEL, TEST_RUN } from '../helpers/docker.js';
import { removeTree, tempTree } from '../helpers/temp-tree.js';
import { osvFixtureRecords } from '../scan/helpers/osv-fixture.js';

// Stand-in used: busybox:latest (2 MB, no package database).
const GOOD_TAG = `dockwright-test/assess-cli-good:${TEST_RUN}`;
const BAD_TAG = `dockwright-test/assess-cli-bad:${TEST_RUN}`;

let folder: string;

async function build(dir: string, tag: string): Promise<void> {
  const result = await runProcess('/usr/bin/docker', [
    'build',
    '--label',
    `${TEST_LABEL}=1`,
    '--label',
    `dockwright.test.run=${TEST_RUN}`,
    '-t',
    tag,
    dir,
  ]);
  if (result.exitCode !== 0) throw new Error(`docker build ${tag} failed: ${result.stderr}`);
}

/** Runs the command in-process and returns its exit code and what it printed. */
async function assess(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const log = vi.spyOn(console, 'log').mockImplementation((text: string) => void out.push(text));
  const error = vi.spyOn(console, 'error').mockImplementation((text: string) => void err.push(text));
  const progress = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
  try {
    const code = await assessCommand(args);
    return { code, stdout: out.join('\n'), stderr: err.join('\n') };
  } finally {
    log.mockRestore();
    error.mockRestore();
    progress.mockRestore();
  }
}

beforeAll(async () => {
  await requireImage('busybox:latest');
  folder = await tempTree({
    'good/Dockerfile': [
      'FROM busybox:latest AS build',
      'RUN mkdir /out && echo hello > /out/greeting',
      'FROM busybox:latest',
      'COPY --from=build /out /app',
      'USER 10001',
      'HEALTHCHECK --interval=1s --timeout=2s --retries=3 CMD ["cat", "/app/greeting"]',
      'CMD ["sleep", "300"]',
    ].join('\n'),
    'good/.dockerignore': '.git\n.env\n*.pem\nid_rsa\n',
    'bad/Dockerfile': 'FROM busybox:latest\nCOPY . /app\nCMD ["sleep", "300"]\n',
    'osv/Debian/DSA-TEST-0002.json': JSON.stringify(osvFixtureRecords[1]),
  });
  await build(path.join(folder, 'good'), GOOD_TAG);
  await build(path.join(folder, 'bad'), BAD_TAG);
}, 120_000);

afterAll(async () => {
  await removeLabelled(`dockwright.test.run=${TEST_RUN}`, true);
  if (folder) await removeTree(folder);
});

describe('dockwright assess', () => {
  it('exits 0 when every criterion passes', async () => {
    const { code, stdout } = await assess([
      GOOD_TAG,
      '-f',
      path.join(folder, 'good/Dockerfile'),
      '--build-seconds',
      '3',
      '--scan-engine',
      'builtin',
      '--osv-dir',
      path.join(folder, 'osv'),
    ]);
    expect(stdout).toMatch(/PASS {4}Runs as non-root: uid 10001/);
    expect(stdout).toMatch(/PASS, 9\/9 passed, score 100\.$/);
    expect(code).toBe(0);
  }, 60_000);

  it('exits 1 with JSON when a criterion fails, even with --allow-unknown', async () => {
    const { code, stdout } = await assess([
      BAD_TAG,
      '--file',
      path.join(folder, 'bad/Dockerfile'),
      '--scan-engine',
      'builtin',
      '--allow-unknown',
      '--json',
    ]);
    const out = JSON.parse(stdout) as { verdict: string; criteria: { id: string; status: string }[] };
    expect(out.verdict).toBe('fail');
    const failed = out.criteria.filter((c) => c.status === 'fail').map((c) => c.id);
    // One stage that only copies files builds nothing, so it is not blamed for being single-stage.
    expect(failed).toEqual(['non-root', 'healthcheck', 'dockerignore']);
    expect(code).toBe(1);
  }, 60_000);

  it('exits 1 on unknown criteria unless --allow-unknown', async () => {
    const args = [GOOD_TAG, '--no-healthcheck', '--scan-engine', 'builtin'];
    expect((await assess(args)).code).toBe(1);
    expect((await assess([...args, '--allow-unknown'])).code).toBe(0);
  }, 60_000);

  it('exits 2 on a missing image or a bad option', async () => {
    const missing = await assess([`dockwright-test/no-such-image:${TEST_RUN}`]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/no-such-image/);
    expect((await assess([GOOD_TAG, '--stack', 'cobol'])).code).toBe(2);
  }, 30_000);
});
