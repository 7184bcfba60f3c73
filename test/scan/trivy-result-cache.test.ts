import { chmodSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';

vi.setConfig({ testTimeout: 300_000 });

import { scanCachesAt } from '../../src/scan/caches.js';
import type { ScanOptions } from '../../src/scan/options.js';
import { scanImage } from '../../src/scan/scan-image.js';
import { databaseInUse, trivyCacheDir, trivyResultKey } from '../../src/scan/trivy/result-cache.js';
import { removeLabelled, requireEngine } from '../helpers/docker.js';
import { tempTrees } from '../helpers/temp-tree.js';
import { trivyPath } from './helpers/env.js';
import { freshPrivateKey, imageWithDeletedKey } from './helpers/images.js';

const tree = tempTrees('dockwright-trivy-cache-');
const trivy = { version: '0.50.0', path: '/usr/bin/trivy' };
const imageId = `sha256:${'a'.repeat(64)}`;
const hour = 3600 * 1000;

/** A Trivy cache folder whose database was updated an hour ago and is next updated `nextInMs` from now. */
function trivyCache(nextInMs: number): string {
  const metadata = {
    Version: 2,
    UpdatedAt: new Date(Date.now() - hour).toISOString(),
    NextUpdate: new Date(Date.now() + nextInMs).toISOString(),
  };
  return tree({ 'db/metadata.json': JSON.stringify(metadata) });
}

const options = (extra: Partial<ScanOptions> = {}): ScanOptions => ({
  scanners: ['vuln', 'secret'],
  engine: 'trivy',
  timeoutSeconds: 120,
  env: { TRIVY_CACHE_DIR: trivyCache(hour) },
  ...extra,
});

describe('which Trivy results may be reused', () => {
  it('keys a result by image, options and the database Trivy will use', () => {
    const base = options();
    const key = trivyResultKey(imageId, trivy, base);
    expect(key).toMatch(/^[0-9a-f]{64}$/);
    expect(trivyResultKey(imageId, trivy, { ...base, scanners: ['secret', 'vuln'] })).toBe(key);
    expect(trivyResultKey(`sha256:${'b'.repeat(64)}`, trivy, base)).not.toBe(key);
    expect(trivyResultKey(imageId, { ...trivy, version: '0.51.0' }, base)).not.toBe(key);
    expect(trivyResultKey(imageId, trivy, { ...base, severities: ['CRITICAL'] })).not.toBe(key);
    expect(trivyResultKey(imageId, trivy, { ...base, ignoreUnfixed: true })).not.toBe(key);
  });

  it("finds Trivy's database where Trivy keeps it: TRIVY_CACHE_DIR, else its folder in the user cache", () => {
    expect(trivyCacheDir({ TRIVY_CACHE_DIR: '/srv/trivy', XDG_CACHE_HOME: '/cache' })).toBe('/srv/trivy');
    if (process.platform === 'linux')
      expect(trivyCacheDir({ XDG_CACHE_HOME: '/cache' })).toBe('/cache/trivy');
  });

  it('reuses nothing when the database is missing, about to be replaced, or misconfig checks are asked for', () => {
    expect(trivyResultKey(imageId, trivy, options({ env: { TRIVY_CACHE_DIR: tree({}) } }))).toBeUndefined();
    const stale = trivyCache(-60_000);
    expect(databaseInUse(stale, false)).toBeUndefined();
    expect(trivyResultKey(imageId, trivy, options({ env: { TRIVY_CACHE_DIR: stale } }))).toBeUndefined();
    // With updates off, Trivy keeps using the old database, so its results stand.
    expect(
      trivyResultKey(imageId, trivy, options({ env: { TRIVY_CACHE_DIR: stale }, skipDbUpdate: true })),
    ).toMatch(/^[0-9a-f]{64}$/);
    expect(trivyResultKey(imageId, trivy, options({ scanners: ['misconfig'] }))).toBeUndefined();
    // Without vulnerabilities the database does not matter.
    expect(trivyResultKey(imageId, trivy, options({ scanners: ['secret'], env: {} }))).toMatch(
      /^[0-9a-f]{64}$/,
    );
  });

  it('keys by the content of the ignore file, and reuses nothing when it cannot be read', () => {
    const dir = tree({ '.trivyignore': 'CVE-2024-0001\n' });
    const ignoreFile = path.join(dir, '.trivyignore');
    const first = trivyResultKey(imageId, trivy, options({ ignoreFile }));
    writeFileSync(ignoreFile, 'CVE-2024-0002\n');
    expect(trivyResultKey(imageId, trivy, options({ ignoreFile }))).not.toBe(first);
    expect(trivyResultKey(imageId, trivy, options({ ignoreFile: path.join(dir, 'gone') }))).toBeUndefined();
  });
});

describe('a Trivy scan of the same image again, on the real engine', () => {
  afterAll(() => removeLabelled(undefined, true));

  it('gives the earlier result without running Trivy, says so, and still keeps the key masked', async () => {
    const engine = await requireEngine();
    const key = freshPrivateKey();
    const image = await imageWithDeletedKey(key.pem);
    // A Trivy that notes each scan it runs, then runs the real one.
    const dir = tree({});
    const log = path.join(dir, 'runs.log');
    const wrapper = path.join(dir, 'trivy');
    writeFileSync(log, '');
    writeFileSync(
      wrapper,
      `#!/bin/sh\n[ "$1" = image ] && echo "$1" >> '${log}'\nexec '${trivyPath()}' "$@"\n`,
    );
    chmodSync(wrapper, 0o755);
    const scan = { ...options({ scanners: ['secret'] }), trivyPath: wrapper, cache: scanCachesAt(tree({})) };
    const runs = () => readFileSync(log, 'utf8').split('\n').filter(Boolean).length;

    const first = await scanImage(engine, image, scan);
    expect(runs()).toBe(1);
    expect(first.reusedFrom).toBeUndefined();
    const again = await scanImage(engine, image, scan);
    expect(runs()).toBe(1);
    expect(again.reusedFrom).toMatch(/^\d{4}-\d\d-\d\dT/);
    expect(again.findings).toEqual(first.findings);
    expect(again.findings.some((f) => f.kind === 'secret')).toBe(true);
    expect(JSON.stringify(again)).not.toContain(key.body.slice(0, 40));
    // Other options are another scan.
    await scanImage(engine, image, { ...scan, severities: ['CRITICAL'] });
    expect(runs()).toBe(2);
  });
});
