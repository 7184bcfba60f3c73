import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runProcess } from '../../src/exec/process.js';
import { installedPackage } from '../helpers/installed.js';
import { REPO_ROOT } from '../helpers/mcp.js';

/**
 * The commands that work on files alone (lint, generate, compose validate, help), run
 * from the packed tarball installed in an empty folder: what a user runs.
 */
let bin: string;
let work: string;
const dockwright = (args: string[], cwd = work) =>
  runProcess(bin, args, { cwd, timeoutMs: 120_000, env: { NO_COLOR: '1' } });

const GENERATE_FIXTURES = path.join(REPO_ROOT, 'test/dockerfile/generate/fixtures');
const LINTED = 'FROM debian:latest\nRUN apt-get update && apt-get install -y curl\n';

beforeAll(async () => {
  bin = (await installedPackage()).bin;
  work = mkdtempSync(path.join(tmpdir(), 'dw-cli-files-'));
}, 1_500_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('dockwright --version / --help (installed tarball)', () => {
  it('prints the package version and the command list', async () => {
    const version = await dockwright(['--version']);
    expect(version.exitCode).toBe(0);
    const pkg = JSON.parse(readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8'));
    expect(version.stdout.trim()).toBe(pkg.version);
    const help = await dockwright(['--help']);
    expect(help.exitCode).toBe(0);
    for (const command of ['serve', 'doctor', 'lint', 'generate', 'build', 'scan', 'compose', 'stack'])
      expect(help.stdout).toMatch(new RegExp(`^  ${command} `, 'm'));
    const unknown = await dockwright(['frobnicate']);
    expect(unknown.exitCode).toBe(2);
    expect(unknown.stderr).toMatch(/unknown command "frobnicate"/);
  });
});

describe('dockwright lint (installed tarball)', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(work, 'lint-'));
    writeFileSync(path.join(dir, 'Dockerfile'), LINTED);
  });
  const codes = (stdout: string) => (JSON.parse(stdout) as { code: string }[]).map((f) => f.code);

  it('honours .hadolint.yaml: an ignored rule disappears, failure-threshold sets the exit code', async () => {
    const plain = await dockwright(['lint', 'Dockerfile', '--format', 'json'], dir);
    expect(plain.exitCode).toBe(1);
    expect(codes(plain.stdout)).toEqual(expect.arrayContaining(['DL3007', 'DL3008']));

    writeFileSync(path.join(dir, '.hadolint.yaml'), 'ignored:\n  - DL3007\n');
    const ignoring = await dockwright(['lint', 'Dockerfile', '--format', 'json'], dir);
    expect(ignoring.stderr).toBe('');
    expect(codes(ignoring.stdout)).not.toContain('DL3007');
    expect(codes(ignoring.stdout)).toContain('DL3008');
    expect(ignoring.exitCode).toBe(1);

    writeFileSync(path.join(dir, '.hadolint.yaml'), 'ignored: [DL3007]\nfailure-threshold: error\n');
    const threshold = await dockwright(['lint', 'Dockerfile', '--format', 'json'], dir);
    expect(codes(threshold.stdout)).toContain('DL3008');
    expect(threshold.exitCode).toBe(0);

    writeFileSync(path.join(dir, '.hadolint.yaml'), 'ignored: [DL3007\n');
    const broken = await dockwright(['lint', 'Dockerfile'], dir);
    expect(broken.exitCode).toBe(2);
    expect(broken.stderr).toMatch(/\.hadolint\.yaml .* is not valid YAML/);
    rmSync(path.join(dir, '.hadolint.yaml'));
  });

  it('prints every output format', async () => {
    const run = (format: string) => dockwright(['lint', 'Dockerfile', '--format', format], dir);
    const tty = await run('tty');
    expect(tty.stdout).toMatch(/^Dockerfile:1 DL3007 /m);
    const json = await run('json');
    expect(codes(json.stdout)).toContain('DL3007');
    const sarif = JSON.parse((await run('sarif')).stdout);
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.runs[0].results.map((r: { ruleId: string }) => r.ruleId)).toContain('DL3007');
    const checkstyle = (await run('checkstyle')).stdout;
    expect(checkstyle).toMatch(/^<\?xml/);
    expect(checkstyle).toMatch(/<error line="1"[^>]*source="DL3007"/);
    const gitlab = JSON.parse((await run('gitlab_codeclimate')).stdout);
    expect(gitlab.map((f: { check_name: string }) => f.check_name)).toContain('DL3007');
    for (const result of [tty, json]) expect(result.exitCode).toBe(1);
    const bad = await run('yaml');
    expect(bad.exitCode).toBe(2);
  });
});

describe('dockwright generate (installed tarball)', () => {
  const projects = [
    { fixture: 'node-npm-build', language: 'node' },
    { fixture: 'python-stdlib', language: 'python' },
    { fixture: 'go-stdlib', language: 'go' },
    { fixture: 'static-site', language: 'static' },
  ];

  it.each(projects)(
    '--json on a $language project prints the plan and all three files',
    async ({ fixture, language }) => {
      const dir = path.join(work, `gen-${fixture}`);
      cpSync(path.join(GENERATE_FIXTURES, fixture), dir, { recursive: true });
      const result = await dockwright(['generate', dir, '--json']);
      expect(result.stderr).toBe('');
      expect(result.exitCode).toBe(0);
      const out = JSON.parse(result.stdout) as {
        plan: { language: { value: string } };
        files: { name: string; content: string }[];
        written: { action: string; path: string }[];
      };
      expect(out.plan.language.value).toBe(language);
      const byName = Object.fromEntries(out.files.map((f) => [f.name, f.content]));
      expect(Object.keys(byName).sort()).toEqual(['.dockerignore', 'Dockerfile', 'compose.yaml']);
      expect(byName.Dockerfile).toMatch(/^FROM /m);
      expect(byName['compose.yaml']).toMatch(/^services:\n {2}\S+:/m);
      expect(byName['.dockerignore']).toMatch(/\.git/);
      expect(out.written.map((w) => w.action)).toEqual(['not-written', 'not-written', 'not-written']);
      expect(existsSync(path.join(dir, 'compose.yaml'))).toBe(false);
    },
  );

  it('prints the files as text without --json, and writes them with --write', async () => {
    const dir = path.join(work, 'gen-write');
    cpSync(path.join(GENERATE_FIXTURES, 'python-stdlib'), dir, { recursive: true });
    const text = await dockwright(['generate', dir]);
    expect(text.exitCode).toBe(0);
    expect(text.stdout).toMatch(/^Detected: python/m);
    expect(text.stdout).toMatch(/----- compose.yaml -----/);
    const write = await dockwright(['generate', dir, '--write']);
    expect(write.exitCode).toBe(0);
    for (const name of ['Dockerfile', '.dockerignore', 'compose.yaml'])
      expect(readFileSync(path.join(dir, name), 'utf8').length).toBeGreaterThan(10);
    const lint = await dockwright(['lint', path.join(dir, 'Dockerfile'), '--failure-threshold', 'warning']);
    expect(lint.stdout).toMatch(/^No findings in 1 file/);
    expect(lint.exitCode).toBe(0);
    const empty = mkdtempSync(path.join(work, 'empty-'));
    const none = await dockwright(['generate', empty]);
    expect(none.exitCode).toBe(2);
    expect(none.stderr).toMatch(/generate: /);
  });
});

describe('dockwright compose validate (installed tarball)', () => {
  const stack = path.join(REPO_ROOT, 'test/compose/fixtures/projects/stack');

  it('takes the project folder or the Compose file itself', async () => {
    const byFolder = await dockwright(['compose', 'validate', stack]);
    expect(byFolder.stdout).toMatch(/^valid: stack$/m);
    const byFile = await dockwright(['compose', 'validate', path.join(stack, 'compose.yaml'), '--json']);
    const report = JSON.parse(byFile.stdout) as { valid: boolean; project: string };
    expect(report).toMatchObject({ valid: true, project: 'stack' });
    expect(byFile.exitCode).toBe(byFolder.exitCode);
    const byFlag = await dockwright(['compose', 'validate', '-f', path.join(stack, 'compose.yaml')]);
    expect(byFlag.stdout).toMatch(/^valid: stack$/m);
  });

  it('reports an invalid file with its line and exit 1, and a missing path with exit 2', async () => {
    const dir = mkdtempSync(path.join(work, 'compose-'));
    const file = path.join(dir, 'broken.yaml');
    writeFileSync(file, 'services:\n  web:\n    image: busybox\n    restart: sometimes\n');
    const broken = await dockwright(['compose', 'validate', file]);
    expect(broken.exitCode).toBe(1);
    expect(broken.stdout).toMatch(/not valid/);
    expect(broken.stdout).toMatch(/broken\.yaml:4/);
    const missing = await dockwright(['compose', 'validate', path.join(dir, 'nope.yaml')]);
    expect(missing.exitCode).toBe(2);
    expect(missing.stderr).toMatch(/neither a folder nor a Compose file/);
  });
});

describe('dockwright k8s generate (installed tarball)', () => {
  it('prints schema-valid manifests, reports secrets and untranslated keys, and exits by findings', async () => {
    const dir = mkdtempSync(path.join(work, 'k8s-'));
    writeFileSync(
      path.join(dir, 'compose.yaml'),
      'services:\n  api:\n    image: api:1.2.3\n    user: "1000"\n    ports: ["8080:8080"]\n' +
        '    environment: { MODE: fast, API_KEY: sk_live_abcdefghijklmnopqrstuvwx }\n' +
        '    healthcheck: { test: ["CMD", "wget", "-qO-", "http://127.0.0.1:8080/health"], interval: 5s }\n' +
        '    deploy: { resources: { limits: { memory: 128M } } }\n    depends_on: [cache]\n' +
        '  cache:\n    image: redis\n    privileged: true\n',
    );
    const result = await dockwright(['k8s', 'generate', dir, '--namespace', 'shop']);
    expect(result.stdout).toMatch(/^kind: Deployment$/m);
    expect(result.stdout).toMatch(/^ {2}namespace: shop$/m);
    expect(result.stdout).not.toMatch(/sk_live_/);
    expect(result.stderr).toMatch(/create Secret api-secrets with keys API_KEY/);
    expect(result.stderr).toMatch(/not translated: services\.api\.depends_on/);
    expect(result.stderr).toMatch(/K8S003 error: Deployment\/cache/);
    expect(result.exitCode).toBe(1);

    writeFileSync(path.join(dir, 'good.yaml'), 'services:\n  api:\n    image: api:1.2.3\n    user: "1000"\n');
    const good = await dockwright(['k8s', 'generate', path.join(dir, 'good.yaml'), '--json']);
    const out = JSON.parse(good.stdout) as { valid: boolean; manifests: { kind: string }[] };
    expect(out.valid).toBe(true);
    expect(out.manifests.map((m) => m.kind)).toEqual(['Deployment']);
    expect(good.exitCode).toBe(0);
    expect((await dockwright(['k8s', 'apply'])).exitCode).toBe(2);
  });
});
