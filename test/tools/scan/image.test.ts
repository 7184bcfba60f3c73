import { cp, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

// Trivy and image exports are slow on a busy 2-core machine.
vi.setConfig({ testTimeout: 300_000 });

import type { ScanView } from '../../../src/toolkit/schemas/scan.js';
import { removeLabelled, requireEngine } from '../../helpers/docker.js';
import { connectInMemory, type TestClient } from '../../helpers/mcp.js';
import { trivyPath } from '../../scan/helpers/env.js';
import { freshPrivateKey, imageWithDeletedKey, nodeImageWithModules } from '../../scan/helpers/images.js';
import { writeOsvFixture } from '../../scan/helpers/osv-fixture.js';

const key = freshPrivateKey();
let workspace: string;
let mcp: TestClient;

beforeAll(async () => {
  await requireEngine();
  process.env.DOCKWRIGHT_TRIVY = trivyPath();
  delete process.env.DOCKWRIGHT_OSV_DIR;
  workspace = await mkdtemp(path.join(tmpdir(), 'dockwright-scan-ws-'));
  await cp(writeOsvFixture(), path.join(workspace, 'osv'), { recursive: true });
  mcp = await connectInMemory({ workspace: [workspace] });
});
afterAll(async () => {
  await mcp?.close();
  await removeLabelled(undefined, true);
});

const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
const lastYear = `${new Date().getFullYear() - 1}-01-01`;

describe('scan_image (real engine, real Trivy)', () => {
  it('with Trivy and no vulnerability database: secrets found, vulnerabilities NOT CHECKED, policy fails, key never shown', async () => {
    const image = await imageWithDeletedKey(key.pem);
    const messages: string[] = [];
    const result = await mcp.call('scan_image', { image, timeoutSeconds: 120 }, (p) =>
      messages.push(p.message ?? ''),
    );
    expect(result.isError, JSON.stringify(result.content)).toBeFalsy();
    const out = result.structuredContent as ScanView;
    expect(out.engine).toMatch(/^Trivy dev/);
    expect(out.vulnerabilityStatus).toBe('unavailable');
    expect(out.policy.verdict).toBe('fail');
    expect(out.topFindings).toContainEqual(
      expect.objectContaining({ kind: 'secret', target: '/root/.ssh/id_rsa' }),
    );
    const text = (result.content as { text: string }[])[0].text;
    expect(text).toMatch(/Vulnerabilities: NOT CHECKED/);
    expect(messages).toContain('Downloading DB...');
    expect(JSON.stringify(result)).not.toContain(key.body.slice(0, 40));
  });

  it('built-in scanner with OSV data: fails on a HIGH advisory, passes with an allow-list entry until it expires', async () => {
    const image = await nodeImageWithModules('1.1.3');
    const args = { image, engine: 'builtin', osvDir: 'osv', scanners: ['vuln'] };
    const failing = await mcp.ok<ScanView>('scan_image', args);
    expect(failing.engine).toMatch(/built-in scanner.*OSV records from .*osv \(3 records\)/);
    expect(failing.vulnerabilityStatus).toBe('scanned');
    expect(failing.policy.verdict).toBe('fail');
    expect(failing.topFindings).toContainEqual(
      expect.objectContaining({ id: 'GHSA-test-lpad-0001', package: 'left-pad', fixedVersion: '1.3.0' }),
    );

    const allowed = await mcp.ok<ScanView>('scan_image', {
      ...args,
      allow: [
        { id: 'GHSA-test-lpad-0001', package: 'left-pad', expires: tomorrow, reason: 'test' },
        { id: 'DSA-TEST-0001', expires: tomorrow },
      ],
    });
    // The base image's glibc advisory (CRITICAL) is allowed too, so that only the allow-list decides.
    expect(allowed.policy).toMatchObject({ verdict: 'pass', allowed: 3 });

    const expired = await mcp.ok<ScanView>('scan_image', {
      ...args,
      allow: [
        { id: 'GHSA-test-lpad-0001', expires: lastYear },
        { id: 'DSA-TEST-0001', expires: tomorrow },
      ],
    });
    expect(expired.policy).toMatchObject({
      verdict: 'fail',
      expiredAllowances: [`GHSA-test-lpad-0001 (expired ${lastYear})`],
    });
  });

  it('says which image is missing', async () => {
    const text = await mcp.fails('scan_image', { image: 'dockwright-missing-image:none', engine: 'builtin' });
    expect(text).toMatch(/dockwright-missing-image:none/);
  });
});
