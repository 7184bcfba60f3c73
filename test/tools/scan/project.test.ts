import { cp, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

// Trivy and image exports are slow on a busy 2-core machine.
vi.setConfig({ testTimeout: 300_000 });

import type { ScanView } from '../../../src/toolkit/schemas/scan.js';
import { connectInMemory, type TestClient } from '../../helpers/mcp.js';
import { trivyPath } from '../../scan/helpers/env.js';
import { writeOsvFixture } from '../../scan/helpers/osv-fixture.js';

let workspace: string;
let mcp: TestClient;
const leakedToken = `ghp_${'A1b2C3d4E5'.repeat(3)}123456`;

beforeAll(async () => {
  process.env.DOCKWRIGHT_TRIVY = trivyPath();
  workspace = await mkdtemp(path.join(tmpdir(), 'dockwright-scan-project-'));
  await cp(writeOsvFixture(), path.join(workspace, 'osv'), { recursive: true });
  await writeFile(
    path.join(workspace, 'Dockerfile'),
    'FROM node:latest\nRUN apt-get update && apt-get install -y curl\nEXPOSE 22\n',
  );
  await writeFile(path.join(workspace, 'deploy.sh'), `#!/bin/sh\nexport GITHUB_TOKEN=${leakedToken}\n`);
  await writeFile(
    path.join(workspace, 'package-lock.json'),
    JSON.stringify({
      name: 'app',
      lockfileVersion: 3,
      packages: { '': { name: 'app' }, 'node_modules/left-pad': { version: '1.1.3' } },
    }),
  );
  mcp = await connectInMemory({ workspace: [workspace] });
});
afterAll(() => mcp?.close());

describe('scan_project', () => {
  it('built-in: lockfile vulnerabilities from OSV data and secrets, masked', async () => {
    const result = await mcp.call('scan_project', {
      engine: 'builtin',
      osvDir: 'osv',
      scanners: ['vuln', 'secret'],
    });
    const out = result.structuredContent as ScanView;
    expect(out.vulnerabilityStatus).toBe('scanned');
    expect(out.topFindings).toContainEqual(
      expect.objectContaining({ id: 'GHSA-test-lpad-0001', fixedVersion: '1.3.0' }),
    );
    expect(out.topFindings).toContainEqual(
      expect.objectContaining({ kind: 'secret', id: 'github-token', target: 'deploy.sh' }),
    );
    expect(JSON.stringify(result)).not.toContain(leakedToken.slice(4));
  });

  it('with Trivy: Dockerfile misconfigurations under the new IDs, and vulnerabilities reported unavailable', async () => {
    const out = await mcp.ok<ScanView>('scan_project', { timeoutSeconds: 120, limit: 50 });
    expect(out.engine).toMatch(/^Trivy dev/);
    expect(out.vulnerabilityStatus).toBe('unavailable');
    expect(out.summary.misconfigurations).toBeGreaterThanOrEqual(3);
    expect(out.topFindings.map((f) => f.id)).toEqual(expect.arrayContaining(['DS-0002', 'DS-0029']));
    expect(out.policy.verdict).toBe('fail');

    // The project's own .trivyignore applies, as it would for `trivy fs` run in the folder.
    await writeFile(path.join(workspace, '.trivyignore'), 'DS002\nAVD-DS-0002\n');
    const ignored = await mcp.ok<ScanView>('scan_project', {
      scanners: ['misconfig'],
      timeoutSeconds: 120,
      limit: 50,
    });
    expect(ignored.vulnerabilityStatus).toBe('not-requested');
    expect(ignored.topFindings.map((f) => f.id)).toContain('DS-0029');
    expect(ignored.topFindings.map((f) => f.id)).not.toContain('DS-0002');
  });

  it('refuses a folder outside the workspace', async () => {
    expect(await mcp.fails('scan_project', { dir: '/etc', engine: 'builtin' })).toMatch(
      /outside the workspace/,
    );
  });
});
