import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { scanCommand } from '../../src/cli/scan.js';
import { removeLabelled, requireImage } from '../helpers/docker.js';
import { sarifValidator, trivyPath } from './helpers/env.js';
import { freshPrivateKey, imageWithDeletedKey } from './helpers/images.js';
import { writeOsvFixture } from './helpers/osv-fixture.js';

vi.setConfig({ testTimeout: 300_000 });

/** Runs `dockwright scan …` in-process and captures what it prints. */
async function scan(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const out = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
    stdout += String(chunk);
    return true;
  });
  const err = vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => {
    stderr += String(chunk);
    return true;
  });
  try {
    const code = await scanCommand(argv);
    return { code, stdout, stderr };
  } finally {
    out.mockRestore();
    err.mockRestore();
  }
}

const key = freshPrivateKey();
let keyImage: string;
let osvDir: string;

beforeAll(async () => {
  await requireImage('busybox:latest');
  keyImage = await imageWithDeletedKey(key.pem);
  osvDir = writeOsvFixture();
  delete process.env.DOCKWRIGHT_OSV_DIR;
  delete process.env.DOCKWRIGHT_TRIVY;
});
afterAll(() => removeLabelled(undefined, true));

describe('dockwright scan', () => {
  it('exits 1 when the policy fails (a private key in a deleted layer) and never prints the key', async () => {
    for (const format of ['table', 'json', 'sarif']) {
      const run = await scan(
        keyImage,
        '--engine',
        'builtin',
        '--scanners',
        'secret',
        '--fail-on',
        'high',
        '--format',
        format,
      );
      expect(run.code, run.stderr).toBe(1);
      expect(run.stdout).toContain('private-key');
      expect(run.stdout + run.stderr).not.toContain(key.body.slice(0, 40));
      if (format === 'sarif') expect((await sarifValidator())(JSON.parse(run.stdout))).toBe(true);
    }
  });

  it('exits 0 when the policy passes, with vulnerability data', async () => {
    const run = await scan(
      'busybox:latest',
      '--engine',
      'builtin',
      '--osv-dir',
      osvDir,
      '--format',
      'json',
      '-q',
    );
    expect(run.code, run.stderr).toBe(0);
    const report = JSON.parse(run.stdout);
    expect(report).toMatchObject({ vulnerabilityStatus: 'scanned', policy: { verdict: 'pass' } });
    expect(report.engine).toMatchObject({ name: 'dockwright-builtin' });
  });

  it('passes a failing finding that the allow-list accepts, and fails it again once the entry expired', async () => {
    const accepted = await scan(
      keyImage,
      '--engine',
      'builtin',
      '--scanners',
      'secret',
      '--allow',
      'private-key@2999-12-31',
      '-q',
    );
    expect(accepted.code, accepted.stdout).toBe(0);
    const dir = await mkdtemp(path.join(tmpdir(), 'dockwright-allow-'));
    const file = path.join(dir, 'allow.yaml');
    await writeFile(file, '- id: private-key\n  expires: 2001-01-01\n  reason: rotated\n');
    const expired = await scan(
      keyImage,
      '--engine',
      'builtin',
      '--scanners',
      'secret',
      '--allow-file',
      file,
      '-q',
    );
    expect(expired.code).toBe(1);
    expect(expired.stdout).toContain('Allow-list entry private-key expired on 2001-01-01');
  });

  it('exits 2 when vulnerability data is unavailable, saying so, instead of reporting a clean image', async () => {
    const run = await scan('busybox:latest', '--engine', 'builtin', '-q');
    expect(run.code).toBe(2);
    expect(run.stdout).toContain('Vulnerabilities: NOT CHECKED');
    expect(run.stderr).toMatch(/policy incomplete: Vulnerability data was unavailable/);
  });

  it('exits 2 when Trivy cannot get its database, and when the image does not exist', async () => {
    const trivy = await scan('busybox:latest', '--trivy', trivyPath(), '--timeout', '120', '-q');
    expect(trivy.code).toBe(2);
    expect(trivy.stdout).toMatch(/Engine: Trivy dev/);
    expect(trivy.stdout).toMatch(/Vulnerability database unavailable/);
    const missing = await scan('dockwright-missing:none', '--engine', 'builtin', '-q');
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/dockwright-missing:none/);
    expect((await scan('busybox:latest', '--fail-on', 'severe')).code).toBe(2);
  });

  it('prints a CycloneDX SBOM with --sbom', async () => {
    const run = await scan('debian:bookworm-slim', '--sbom', '-q');
    expect(run.code, run.stderr).toBe(0);
    const sbom = JSON.parse(run.stdout);
    expect(sbom).toMatchObject({ bomFormat: 'CycloneDX', specVersion: '1.5' });
    expect(sbom.components.length).toBeGreaterThan(50);
  });
});
