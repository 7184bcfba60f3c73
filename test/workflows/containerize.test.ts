import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { removeLabelled, requireImage, TEST_LABELS, TEST_RUN, uniqueName } from '../helpers/docker.js';
import { connectInMemory, REPO_ROOT, type TestClient } from '../helpers/mcp.js';

// The containerize workflow end to end, as the `containerize` prompt drives it, through a real
// MCP client on the real engine. Stand-in base image: node:20-bookworm-slim (made locally).
const FIXTURE = path.join(REPO_ROOT, 'test/dockerfile/generate/fixtures/node-npm-build');
const TAG = `dockwright-test/containerize:${TEST_RUN}`;

describe('containerize workflow (real engine, MCP client)', () => {
  let mcp: TestClient;
  let workspace: string;
  beforeAll(async () => {
    await requireImage('node:20-bookworm-slim');
    workspace = mkdtempSync(path.join(os.tmpdir(), 'dw-containerize-'));
    cpSync(FIXTURE, path.join(workspace, 'app'), { recursive: true });
    process.env.DOCKWRIGHT_PATTERNS_DB = path.join(workspace, 'patterns.db');
    mcp = await connectInMemory({ workspace: [workspace] });
  });
  afterAll(async () => {
    await mcp?.close();
    await removeLabelled(`dockwright.test.run=${TEST_RUN}`, true);
    rmSync(workspace, { recursive: true, force: true });
  });

  it('detects, generates, lints clean, builds, scans, runs healthy, and records a pattern found first', async () => {
    const plan = await mcp.ok<{ language: { value: string }; packageManager: { value: string } }>(
      'project_detect',
      {
        dir: 'app',
      },
    );
    expect(plan.language.value).toBe('node');
    expect(plan.packageManager.value).toBe('npm');

    const generated = await mcp.ok<{ dockerfile: string; port: number }>('dockerfile_generate', {
      dir: 'app',
      baseImages: { node: 'node:20-bookworm-slim' },
      write: true,
    });
    expect(generated.dockerfile).toMatch(/^FROM node:20-bookworm-slim/m);

    const lint = await mcp.ok<{ counts: Record<string, number> }>('dockerfile_lint', {
      file: 'app/Dockerfile',
    });
    expect(lint.counts.error ?? 0).toBe(0);
    expect(lint.counts.warning ?? 0).toBe(0);

    const build = await mcp.ok<{ pattern: { recorded: boolean; id: string }; sizeBytes: number }>(
      'image_build',
      {
        dir: 'app',
        tags: [TAG],
        labels: TEST_LABELS,
      },
    );
    expect(build.pattern.recorded).toBe(true);

    const scan = await mcp.ok<{ engine: unknown; vulnerabilityStatus: string; packages: number }>(
      'scan_image',
      {
        image: TAG,
        engine: 'builtin',
      },
    );
    expect(scan.packages).toBeGreaterThan(50);
    expect(scan.vulnerabilityStatus).not.toBe('clean');

    const name = uniqueName('dw-containerize');
    const run = await mcp.ok<{ health: string; ports: string[] }>('container_run', {
      image: TAG,
      name,
      labels: TEST_LABELS,
      ports: [{ container: generated.port }],
      healthcheck: {
        test: [
          'CMD',
          'node',
          '-e',
          `fetch('http://127.0.0.1:${generated.port}/').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))`,
        ],
        intervalSeconds: 1,
      },
      waitHealthy: true,
    });
    expect(run.health).toBe('healthy');
    const hostPort = /127\.0\.0\.1:(\d+)->/.exec(run.ports.join(' '))?.[1];
    expect(await fetch(`http://127.0.0.1:${hostPort}/`).then((r) => r.text())).toContain(
      'hello from node-npm-build',
    );
    const user = await mcp.ok<{ stdout: string }>('container_exec', {
      container: name,
      command: ['id', '-u'],
    });
    expect(user.stdout).not.toMatch(/\n0\n/);

    const found = await mcp.ok<{ patterns: { id: string; source: string; evidence: string }[] }>(
      'pattern_search',
      {
        language: 'node',
        packageManager: 'npm',
      },
    );
    expect(found.patterns[0].id).toBe(build.pattern.id);
    expect(found.patterns[0].source).toBe('recorded');
    // A build alone makes a candidate: nothing recorded that it ran and passed its checks.
    expect(found.patterns[0].evidence).toMatch(/^candidate: 1 build, /);
    const pattern = await mcp.ok<{ evidence: Record<string, unknown> }>('pattern_get', {
      id: build.pattern.id,
    });
    expect(pattern.evidence).toMatchObject({
      status: 'candidate',
      successfulBuilds: 1,
      verifiedRuns: 0,
      imageSizeBytes: build.sizeBytes,
    });
  });
});
