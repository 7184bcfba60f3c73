import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

// Trivy and image exports are slow on a busy 2-core machine.
vi.setConfig({ testTimeout: 300_000 });

import { runProcess } from '../../src/exec/process.js';
import { scanImageWithTrivy } from '../../src/scan/scan-image.js';
import { parseTrivyReport } from '../../src/scan/trivy/report.js';
import {
  findingsExitCode,
  interpretTrivyRun,
  runTrivy,
  type TrivyRunOptions,
} from '../../src/scan/trivy/run.js';
import { removeLabelled, requireEngine } from '../helpers/docker.js';
import { trivyPath } from './helpers/env.js';
import { freshPrivateKey, imageWithDeletedKey } from './helpers/images.js';

const key = freshPrivateKey();
let image: string;
let dockerfileDir: string;

beforeAll(async () => {
  await requireEngine();
  image = await imageWithDeletedKey(key.pem);
  dockerfileDir = await mkdtemp(path.join(tmpdir(), 'dockwright-trivy-config-'));
  await writeFile(
    path.join(dockerfileDir, 'Dockerfile'),
    'FROM node:latest\nRUN apt-get update && apt-get install -y curl\nEXPOSE 22\n',
  );
});
afterAll(() => removeLabelled(undefined, true));

const secretOnly: TrivyRunOptions = { scanners: ['secret'], timeoutSeconds: 120 };

describe('Trivy adapter against the real binary', () => {
  it('scans an image for secrets, tells findings from failure, and keeps the key masked', async () => {
    const outcome = await runTrivy(trivyPath(), { kind: 'image', ref: image }, secretOnly);
    if (outcome.status !== 'report') throw new Error(outcome.reason);
    expect(outcome.findingsExit).toBe(true);
    const parsed = parseTrivyReport(outcome.json);
    const secret = parsed.findings.find((f) => f.kind === 'secret' && f.target === '/root/.ssh/id_rsa');
    expect(secret).toMatchObject({ kind: 'secret', severity: 'HIGH' });
    expect(JSON.stringify(parsed)).not.toContain(key.body.slice(0, 40));
    expect(parsed.packages.length).toBeGreaterThan(50);
  });

  it(`exits ${findingsExitCode} only for findings: a clean scan is exit 0, a missing image is a failure`, async () => {
    const clean = await runTrivy(trivyPath(), { kind: 'image', ref: 'busybox:latest' }, secretOnly);
    expect(clean).toMatchObject({ status: 'report', findingsExit: false });
    await expect(
      runTrivy(trivyPath(), { kind: 'image', ref: 'dockwright-no-such-image:nope' }, secretOnly),
    ).rejects.toMatchObject({
      code: 'TOOL_UNAVAILABLE',
      message: expect.stringMatching(/Trivy failed \(exit 1\)/),
    });
  });

  it('scans a Dockerfile with both ID forms normalised, honouring severity and .trivyignore', async () => {
    const options: TrivyRunOptions = { scanners: ['misconfig'], timeoutSeconds: 120 };
    const outcome = await runTrivy(trivyPath(), { kind: 'config', path: dockerfileDir }, options);
    if (outcome.status !== 'report') throw new Error(outcome.reason);
    const ids = parseTrivyReport(outcome.json).findings.map((f) => f.kind === 'misconfiguration' && f.id);
    expect(ids).toEqual(expect.arrayContaining(['DS-0001', 'DS-0002', 'DS-0029']));

    const ignoreFile = path.join(dockerfileDir, '.trivyignore');
    await writeFile(ignoreFile, 'DS002\nAVD-DS-0002\n');
    const filtered = await runTrivy(
      trivyPath(),
      { kind: 'config', path: dockerfileDir },
      { ...options, ignoreFile, severities: ['HIGH'] },
    );
    if (filtered.status !== 'report') throw new Error(filtered.reason);
    const left = parseTrivyReport(filtered.json).findings;
    expect(left.map((f) => f.kind === 'misconfiguration' && f.id)).toEqual(['DS-0029']);
  });

  it('ends a vulnerability scan whose database cannot be downloaded within its timeout, with progress', async () => {
    const messages: string[] = [];
    const started = Date.now();
    const outcome = await runTrivy(
      trivyPath(),
      { kind: 'image', ref: 'busybox:latest' },
      {
        scanners: ['vuln'],
        timeoutSeconds: 15,
        onProgress: (message) => messages.push(message),
      },
    );
    expect(Date.now() - started).toBeLessThan(21_000);
    expect(outcome).toMatchObject({
      status: 'vuln-db-unavailable',
      reason: expect.stringMatching(/Vulnerability database unavailable/),
    });
    expect(messages).toContain('Downloading DB...');
  });

  it('reports "unavailable", never zero vulnerabilities, and still scans secrets', async () => {
    const result = await scanImageWithTrivy(
      {
        engine: { name: 'trivy', version: 'dev', path: trivyPath() },
        run: (t, o) => runTrivy(trivyPath(), t, o),
      },
      image,
      { scanners: ['vuln', 'secret'], engine: 'trivy', timeoutSeconds: 120, env: {} },
    );
    expect(result.vulnerabilityStatus).toBe('unavailable');
    expect(result.vulnerabilityNote).toMatch(/Vulnerability database unavailable.*not "0 vulnerabilities"/s);
    expect(result.findings.some((f) => f.kind === 'secret')).toBe(true);
    expect(result.findings.some((f) => f.kind === 'vulnerability')).toBe(false);
  });

  it('kills the Trivy process when the scan is cancelled', async () => {
    const controller = new AbortController();
    const running = runTrivy(
      trivyPath(),
      { kind: 'image', ref: image },
      { scanners: ['vuln', 'secret'], timeoutSeconds: 60, signal: controller.signal },
    );
    await new Promise((resolve) => setTimeout(resolve, 400));
    controller.abort();
    await expect(running).rejects.toMatchObject({ code: 'CANCELLED' });
    const ps = await runProcess('ps', ['-eo', 'pid,args']);
    expect(ps.stdout.split('\n').filter((line) => line.includes(image))).toEqual([]);
  });
});

describe('telling Trivy outcomes apart', () => {
  const image = { kind: 'image' as const, ref: 'x' };
  const stderr =
    '2026-01-01T00:00:00Z\tINFO\tNeed to update DB\n2026-01-01T00:00:00Z\tINFO\tDownloading DB...\n';
  it('a hung database download that hits the time limit is "database unavailable"', () => {
    const outcome = interpretTrivyRun({ exitCode: -1, stderr, timedOut: true, cancelled: false }, image, {
      scanners: ['vuln'],
      timeoutSeconds: 120,
    });
    expect(outcome).toEqual({
      status: 'vuln-db-unavailable',
      reason:
        'Vulnerability database unavailable: Trivy\'s download of it did not finish within 120 s; its last message was "Downloading DB...".',
    });
  });
  it('a time-out elsewhere is a TIMEOUT error, and a scan without vulnerabilities never blames the database', () => {
    expect(() =>
      interpretTrivyRun({ exitCode: -1, stderr: '', timedOut: true, cancelled: false }, image, {
        scanners: ['vuln'],
        timeoutSeconds: 5,
      }),
    ).toThrow(/did not finish within 5 s/);
    expect(() =>
      interpretTrivyRun({ exitCode: 1, stderr, timedOut: false, cancelled: false }, image, {
        scanners: ['secret'],
        timeoutSeconds: 5,
      }),
    ).toThrow(/Trivy failed \(exit 1\)/);
  });
});
