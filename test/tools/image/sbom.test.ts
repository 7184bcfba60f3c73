import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

// Trivy and image exports are slow on a busy 2-core machine.
vi.setConfig({ testTimeout: 300_000 });

import { requireImage } from '../../helpers/docker.js';
import { connectInMemory, type TestClient } from '../../helpers/mcp.js';

let workspace: string;
let mcp: TestClient;

beforeAll(async () => {
  await requireImage('debian:bookworm-slim');
  workspace = await mkdtemp(path.join(tmpdir(), 'dockwright-sbom-'));
  mcp = await connectInMemory({ workspace: [workspace] });
});
afterAll(() => mcp?.close());

describe('image_sbom (real engine)', () => {
  it('returns a CycloneDX 1.5 SBOM of the Debian stand-in inline, with purls and layers', async () => {
    const out = await mcp.ok<{
      components: number;
      byEcosystem: Record<string, number>;
      sbom: Record<string, unknown>;
    }>('image_sbom', { image: 'debian:bookworm-slim' });
    expect(out.byEcosystem).toEqual({ deb: out.components });
    const sbom = out.sbom as {
      specVersion: string;
      components: { type: string; name: string; purl?: string; properties?: { name: string }[] }[];
    };
    expect(sbom.specVersion).toBe('1.5');
    expect(sbom.components[0]).toMatchObject({ type: 'operating-system', name: 'debian', version: '12' });
    const libc = sbom.components.find((c) => c.name === 'libc6');
    expect(libc?.purl).toMatch(/^pkg:deb\/debian\/libc6@2\.36-9%2Bdeb12u\d+\?arch=amd64&distro=debian-12$/);
    expect(libc?.properties?.map((p) => p.name)).toEqual(
      expect.arrayContaining(['dockwright:layer:diff_id', 'dockwright:package:source_name']),
    );
  });

  it('writes the SBOM to a workspace file when asked', async () => {
    const out = await mcp.ok<{ writtenTo: string; components: number; sbom?: unknown }>('image_sbom', {
      image: 'debian:bookworm-slim',
      outputFile: 'sbom.cdx.json',
    });
    expect(out).toMatchObject({ writtenTo: 'sbom.cdx.json' });
    expect(out.sbom).toBeUndefined();
    const written = JSON.parse(await readFile(path.join(workspace, 'sbom.cdx.json'), 'utf8'));
    expect(written.components).toHaveLength(out.components + 1);
  });
});
