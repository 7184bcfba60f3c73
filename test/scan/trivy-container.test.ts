import { realpathSync } from 'node:fs';
import { copyFile, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { DockerEngine } from '../../src/engine/types.js';
import { runProcess } from '../../src/exec/process.js';
import { findTrivyImage, runTrivyInContainer } from '../../src/scan/trivy/container.js';
import { parseTrivyReport } from '../../src/scan/trivy/report.js';
import { removeLabelled, requireEngine, requireImage, TEST_LABELS } from '../helpers/docker.js';
import { trivyPath } from './helpers/env.js';
import { freshPrivateKey, imageWithDeletedKey } from './helpers/images.js';

vi.setConfig({ testTimeout: 300_000 });

const key = freshPrivateKey();
const trivyTag = `aquasec/trivy:dockwright-test-${process.pid}`;
let engine: DockerEngine;
let keyImage: string;
let cacheVolume: string;

/**
 * A Trivy image made here from the real Trivy binary (no registry is reachable), with
 * Trivy as its entrypoint like the published aquasec/trivy image.
 */
beforeAll(async () => {
  engine = await requireEngine();
  await requireImage('debian:bookworm-slim');
  keyImage = await imageWithDeletedKey(key.pem);
  const context = await mkdtemp(path.join(tmpdir(), 'dockwright-trivy-image-'));
  try {
    await copyFile(realpathSync(trivyPath()), path.join(context, 'trivy'));
    await writeFile(
      path.join(context, 'Dockerfile'),
      'FROM debian:bookworm-slim\nCOPY trivy /usr/local/bin/trivy\nENTRYPOINT ["trivy"]\n',
    );
    const labels = Object.entries(TEST_LABELS).flatMap(([k, v]) => ['--label', `${k}=${v}`]);
    const built = await runProcess('/usr/bin/docker', ['build', '-q', '-t', trivyTag, ...labels, context], {
      env: { DOCKER_BUILDKIT: '1' },
      timeoutMs: 240_000,
    });
    if (built.exitCode !== 0) throw new Error(built.stderr);
  } finally {
    await rm(context, { recursive: true, force: true });
  }
  cacheVolume = (await engine.createVolume({ name: `dw-trivy-cache-${process.pid}`, labels: TEST_LABELS }))
    .name;
});
afterAll(async () => {
  await removeLabelled(undefined, true);
});

describe('Trivy from its image, when no binary is installed', () => {
  it('is found among the engine images', async () => {
    expect(await findTrivyImage(engine)).toMatch(/^aquasec\/trivy:/);
  });

  it('scans an image handed over as an archive (no Docker socket) and finds the deleted key', async () => {
    const outcome = await runTrivyInContainer(
      engine,
      trivyTag,
      { kind: 'image', ref: keyImage },
      { scanners: ['secret'], timeoutSeconds: 240 },
      cacheVolume,
    );
    if (outcome.status !== 'report') throw new Error(outcome.reason);
    const parsed = parseTrivyReport(outcome.json);
    expect(parsed.findings).toContainEqual(
      expect.objectContaining({ kind: 'secret', target: '/root/.ssh/id_rsa' }),
    );
    expect(JSON.stringify(parsed)).not.toContain(key.body.slice(0, 40));
    expect(await engine.listContainers({ all: true, filters: { label: ['dockwright.trivy=1'] } })).toEqual(
      [],
    );
  });

  it('reports the vulnerability database as unavailable there too', async () => {
    const outcome = await runTrivyInContainer(
      engine,
      trivyTag,
      { kind: 'image', ref: 'busybox:latest' },
      { scanners: ['vuln'], timeoutSeconds: 60 },
      cacheVolume,
    );
    expect(outcome).toMatchObject({ status: 'vuln-db-unavailable' });
  });
});
