import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { explainFailure } from '../../src/build/failure.js';
import { pulledImage } from '../../src/build/pull-failure.js';
import { requireImage, TEST_LABELS } from '../helpers/docker.js';
import { connectInMemory, type TestClient } from '../helpers/mcp.js';

// As Engine 20.10's BuildKit reports them when no registry is reachable.
const FRONTEND_ERROR =
  'failed to solve with frontend dockerfile.v0: failed to solve with frontend gateway.v0: failed to do request: Head "https://registry-1.docker.io/v2/docker/dockerfile/manifests/1": dial tcp: lookup registry-1.docker.io on 10.255.255.53:53: no such host';
const BASE_ERROR =
  'failed to solve with frontend dockerfile.v0: failed to create LLB definition: failed to do request: Head "https://registry-1.docker.io/v2/library/node/manifests/99-nothere": dial tcp: lookup registry-1.docker.io on 10.255.255.53:53: no such host';

describe('pull failures in a build', () => {
  it.each([
    ['[internal] load metadata for docker.io/library/node:22-alpine', 'docker.io/library/node:22-alpine'],
    ['resolve image config for docker.io/docker/dockerfile:1', 'docker.io/docker/dockerfile:1'],
    ['pull access denied for acme/private, repository does not exist', 'acme/private'],
    [BASE_ERROR, 'library/node:99-nothere'],
    ['Head "https://ghcr.io/v2/acme/app/manifests/1.2": unauthorized', 'acme/app:1.2'],
  ])('names the image in %s', (text, image) => {
    expect(pulledImage(text)).toBe(image);
  });

  it('tells a # syntax= frontend pull from a missing base image, and says how to fix each', () => {
    const frontend = explainFailure(FRONTEND_ERROR, {
      name: 'resolve image config for docker.io/docker/dockerfile:1',
      output: '',
    });
    expect(frontend.cause).toBe('frontend');
    expect(frontend.hint).toContain('docker/dockerfile:1');
    expect(frontend.hint).toContain('cannot be reached');
    expect(frontend.hint).toMatch(/Remove the "# syntax=" line/);

    const base = explainFailure(BASE_ERROR, {
      name: '[internal] load metadata for docker.io/library/node:99-nothere',
      output: '',
    });
    expect(base.cause).toBe('base-image');
    expect(base.hint).toContain('node:99-nothere');
    expect(base.hint).toMatch(/reachable mirror.*baseImages/s);

    const denied = explainFailure(
      'failed to resolve source metadata for docker.io/acme/x:1: pull access denied',
      undefined,
    );
    expect(denied.hint).toMatch(/docker\.io\/acme\/x:1 is not on this engine and its registry refused it/);
  });
});

describe('image_build with a # syntax= line and no registry (real engine, through an MCP client)', () => {
  let mcp: TestClient;
  let dir: string;
  beforeAll(async () => {
    await requireImage('busybox:latest');
    dir = mkdtempSync(path.join(tmpdir(), 'dw-assistant-loop-syntax-'));
    writeFileSync(
      path.join(dir, 'Dockerfile'),
      '# syntax=docker/dockerfile:1\nFROM busybox:latest\nRUN true\n',
    );
    mcp = await connectInMemory({ workspace: [dir] });
  });
  afterAll(async () => {
    await mcp.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('names the frontend image and the fix, not a missing base image', async () => {
    const text = await mcp.fails('image_build', { labels: TEST_LABELS });
    expect(text).toContain('[BUILD_FAILED]');
    expect(text).toContain('frontend docker.io/docker/dockerfile:1');
    expect(text).toMatch(/Remove the "# syntax=" line/);
    expect(text).not.toMatch(/base image/);
  }, 120_000);
});
