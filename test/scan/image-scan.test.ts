import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

// Trivy and image exports are slow on a busy 2-core machine.
vi.setConfig({ testTimeout: 300_000 });

import { runProcess } from '../../src/exec/process.js';
import type { ScanOptions } from '../../src/scan/options.js';
import { toSarif } from '../../src/scan/sarif.js';
import { toCycloneDx } from '../../src/scan/sbom.js';
import { scanImageBuiltin } from '../../src/scan/scan-image.js';
import { parseTrivyReport } from '../../src/scan/trivy/report.js';
import { runTrivy } from '../../src/scan/trivy/run.js';
import { removeLabelled, requireEngine, requireImage, TEST_LABELS } from '../helpers/docker.js';
import { repoRoot, trivyPath } from './helpers/env.js';
import {
  buildTestImage,
  freshPrivateKey,
  imageWithDeletedKey,
  layerDiffIds,
  nodeImageWithModules,
} from './helpers/images.js';
import { writeOsvFixture } from './helpers/osv-fixture.js';

const base: ScanOptions = { scanners: ['vuln', 'secret'], engine: 'builtin', timeoutSeconds: 60, env: {} };
const debian = 'debian:bookworm-slim';

async function cycloneDxValidator() {
  const { Ajv } = await import('ajv');
  const dir = path.join(repoRoot, 'node_modules/@cyclonedx/cyclonedx-library/res/schema');
  const load = (name: string) => JSON.parse(readFileSync(path.join(dir, name), 'utf8'));
  const ajv = new Ajv({ strict: false, validateFormats: false });
  // The bom schema refers to its neighbours by their file names, relative to its own $id.
  for (const name of ['spdx.SNAPSHOT.schema.json', 'jsf-0.82.SNAPSHOT.schema.json']) {
    ajv.addSchema({ ...load(name), $id: `http://cyclonedx.org/schema/${name}` });
  }
  return ajv.compile(load('bom-1.5.SNAPSHOT.schema.json'));
}

const nameVersion = (list: { name: string; version: string }[]) =>
  list.map((p) => `${p.name}=${p.version}`).sort();

describe('built-in image scan against the real engine', () => {
  beforeAll(async () => {
    await requireEngine();
    await requireImage(debian);
  });
  afterAll(() => removeLabelled(undefined, true));

  it(`inventories ${debian} exactly as dpkg-query and Trivy do, as a valid CycloneDX 1.5 SBOM`, async () => {
    const engine = await requireEngine();
    const result = await scanImageBuiltin(engine, debian, { ...base, scanners: ['secret'] });
    const ours = nameVersion(result.packages);

    const labels = Object.entries(TEST_LABELS).flatMap(([key, value]) => ['--label', `${key}=${value}`]);
    const dpkg = await runProcess('/usr/bin/docker', [
      'run',
      '--rm',
      ...labels,
      debian,
      'dpkg-query',
      '-W',
      '-f',
      // biome-ignore lint/suspicious/noTemplateCurlyInString: dpkg-query's own format syntax
      '${Package}=${Version}\\n',
    ]);
    expect(dpkg.exitCode).toBe(0);
    expect(ours).toEqual(dpkg.stdout.trim().split('\n').sort());

    const trivy = await runTrivy(
      trivyPath(),
      { kind: 'image', ref: debian },
      { scanners: ['secret'], timeoutSeconds: 120 },
    );
    if (trivy.status !== 'report') throw new Error(trivy.reason);
    expect(ours).toEqual(nameVersion(parseTrivyReport(trivy.json).packages));

    const sbom = toCycloneDx({ name: debian, kind: 'container', os: result.os, packages: result.packages });
    const validate = await cycloneDxValidator();
    expect(validate(sbom), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    expect(
      validate({ bomFormat: 'CycloneDX', specVersion: '1.5', components: [{ type: 'bogus', name: 'x' }] }),
    ).toBe(false);
    expect(ours.length).toBeGreaterThan(50);
    expect(result.os).toEqual({ family: 'debian', version: '12' });
  });

  it('lists the packages under node_modules of a Node image', async () => {
    const engine = await requireEngine();
    const image = await nodeImageWithModules('1.1.3');
    const result = await scanImageBuiltin(engine, image, { ...base, scanners: ['secret'] });
    const npm = result.packages.filter((pkg) => pkg.ecosystem === 'npm');
    expect(npm).toContainEqual(
      expect.objectContaining({
        name: 'left-pad',
        version: '1.1.3',
        path: 'app/node_modules/left-pad/package.json',
      }),
    );
    expect(npm).toContainEqual(expect.objectContaining({ name: '@fixture/util', version: '0.3.0-beta.2' }));
    // npm's own bundled dependencies are in the image too.
    expect(
      npm.filter((pkg) => pkg.path?.startsWith('usr/local/lib/node_modules/npm/')).length,
    ).toBeGreaterThan(50);
    const validate = await cycloneDxValidator();
    expect(
      validate(toCycloneDx({ name: image, kind: 'container', os: result.os, packages: result.packages })),
    ).toBe(true);
  });

  it('reads Go build info from the binaries of the Go stand-in, matching `go version`', async () => {
    const engine = await requireEngine();
    await requireImage('golang:1.19-bookworm');
    const result = await scanImageBuiltin(engine, 'golang:1.19-bookworm', { ...base, scanners: ['secret'] });
    const labels = Object.entries(TEST_LABELS).flatMap(([key, value]) => ['--label', `${key}=${value}`]);
    const goVersion = await runProcess('/usr/bin/docker', [
      'run',
      '--rm',
      ...labels,
      'golang:1.19-bookworm',
      'go',
      'version',
    ]);
    const version = /go version go(\S+)/.exec(goVersion.stdout)?.[1];
    expect(version).toMatch(/^1\.19\./);
    expect(result.packages).toContainEqual(
      expect.objectContaining({
        ecosystem: 'golang',
        name: 'stdlib',
        version,
        path: 'usr/lib/go-1.19/bin/go',
      }),
    );
  });

  it('reads Python dist-info and egg-info metadata', async () => {
    const engine = await requireEngine();
    await requireImage('python:3.11-slim-bookworm');
    const site = 'usr/local/lib/python3.11/site-packages';
    const image = await buildTestImage('scan-python', {
      Dockerfile: `FROM python:3.11-slim-bookworm\nCOPY site/ /${site}/\n`,
      'site/demo_pkg-1.2.0.dist-info/METADATA':
        'Metadata-Version: 2.1\nName: demo-pkg\nVersion: 1.2.0\nLicense: MIT\n\nA demo.\n',
      'site/legacy_pkg-0.9.egg-info/PKG-INFO': 'Metadata-Version: 1.1\nName: legacy_pkg\nVersion: 0.9\n',
    });
    const result = await scanImageBuiltin(engine, image, { ...base, scanners: ['secret'] });
    const python = result.packages
      .filter((pkg) => pkg.ecosystem === 'pypi')
      .map((pkg) => `${pkg.name}==${pkg.version}`);
    expect(python.sort()).toEqual(['demo-pkg==1.2.0', 'legacy_pkg==0.9']);
  });

  it('finds a private key that a later layer deleted, names its layer, and never prints it', async () => {
    const engine = await requireEngine();
    const key = freshPrivateKey();
    const image = await imageWithDeletedKey(key.pem);
    const result = await scanImageBuiltin(engine, image, { ...base, scanners: ['secret'] });
    const layers = await layerDiffIds(image);
    const found = result.findings.filter((f) => f.kind === 'secret' && f.target === '/root/.ssh/id_rsa');
    expect(found).toEqual([
      expect.objectContaining({
        ruleId: 'private-key',
        layer: layers[1],
        deletedLater: true,
        severity: 'HIGH',
      }),
    ]);
    const outputs = [JSON.stringify(result), JSON.stringify(toSarif(result))];
    for (const output of outputs) {
      expect(output).not.toContain(key.body.slice(0, 40));
      expect(output).not.toContain(key.body.slice(-40));
    }
  });

  it('matches OSV records: affected versions with their fix, fixed versions not at all', async () => {
    const engine = await requireEngine();
    const osvSource = writeOsvFixture();
    const debianResult = await scanImageBuiltin(engine, debian, { ...base, osvSource, scanners: ['vuln'] });
    expect(debianResult.vulnerabilityStatus).toBe('scanned');
    expect(debianResult.engine).toMatchObject({
      name: 'dockwright-builtin',
      dataSources: expect.arrayContaining([expect.stringContaining(osvSource)]),
    });
    const vulns = debianResult.findings.filter((f) => f.kind === 'vulnerability');
    expect(
      vulns.map(
        (v) =>
          v.kind === 'vulnerability' && [v.id, v.packageName, v.installedVersion, v.fixedVersion, v.severity],
      ),
    ).toContainEqual(['DSA-TEST-0001', 'libc6', '2.36-9+deb12u14', '2.36-9+deb12u15', 'CRITICAL']);
    expect(vulns.map((v) => v.kind === 'vulnerability' && v.id)).not.toContain('DSA-TEST-0002');

    const affected = await scanImageBuiltin(engine, await nodeImageWithModules('1.1.3'), {
      ...base,
      osvSource,
      scanners: ['vuln'],
    });
    expect(affected.findings).toContainEqual(
      expect.objectContaining({
        id: 'GHSA-test-lpad-0001',
        installedVersion: '1.1.3',
        fixedVersion: '1.3.0',
        severity: 'HIGH',
      }),
    );
    const fixed = await scanImageBuiltin(engine, await nodeImageWithModules('1.3.0'), {
      ...base,
      osvSource,
      scanners: ['vuln'],
    });
    expect(fixed.findings.map((f) => f.kind === 'vulnerability' && f.id)).not.toContain(
      'GHSA-test-lpad-0001',
    );
    expect(fixed.vulnerabilityStatus).toBe('scanned');
  });

  it('says vulnerability data was unavailable when none is configured', async () => {
    const engine = await requireEngine();
    const result = await scanImageBuiltin(engine, 'busybox:latest', { ...base, scanners: ['vuln'] });
    expect(result.vulnerabilityStatus).toBe('unavailable');
    expect(result.vulnerabilityNote).toMatch(/not "0 vulnerabilities"/);
    expect(result.engine).toMatchObject({
      name: 'dockwright-builtin',
      dataSources: expect.arrayContaining(['no vulnerability data']),
    });
  });
});
