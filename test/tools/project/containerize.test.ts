import { cpSync, existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Progress } from '@modelcontextprotocol/sdk/types.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STAGES } from '../../../src/containerize/model.js';
import type { DockerEngine } from '../../../src/engine/types.js';
import { removeLabelled, requireEngine, requireImage, TEST_LABELS, TEST_RUN } from '../../helpers/docker.js';
import { connectInMemory, REPO_ROOT, type TestClient } from '../../helpers/mcp.js';
import { removeTree, tempTree } from '../../helpers/temp-tree.js';

// project_containerize through a real MCP client on the real engine. Stand-in base image:
// node:20-bookworm-slim (made locally by scripts/test-env.sh), passed as baseImages.
const BASE_IMAGES = { node: 'node:20-bookworm-slim', 'node-runtime': 'node:20-bookworm-slim' };
const RUN_LABEL = `dockwright.test.run=${TEST_RUN}`;
const text = (result: { content: unknown }) => (result.content as { text: string }[])[0].text;

interface Report {
  ok: boolean;
  failure?: { stage: string; exitCode?: number; evidence?: string; nextStep: string };
  files: { path: string; action: string }[];
  image?: { tag: string; sizeBytes: number; baseImage?: string; baseShare?: number; kept: boolean };
  buildMs?: number;
  healthyMs?: number;
  verify?: { method: string; passed: boolean };
  scan?: { status: string; notChecked: string[] };
  checks: { passed: string[]; failed: string[] };
  stages: { name: string; status: string }[];
  pattern?: { recorded: boolean; status?: string; reason?: string };
  baseImages: string[];
  port?: number;
  healthRoute?: string;
}

async function leftovers(docker: DockerEngine) {
  const filters = { label: [RUN_LABEL] };
  return {
    containers: (await docker.listContainers({ all: true, filters })).length,
    images: (await docker.listImages({ filters })).length,
  };
}

describe('project_containerize (real engine, MCP client)', () => {
  let mcp: TestClient;
  let workspace: string;
  let docker: DockerEngine;
  const call = (dir: string, args: Record<string, unknown> = {}, onProgress?: (p: Progress) => void) =>
    mcp.call(
      'project_containerize',
      {
        dir,
        baseImages: BASE_IMAGES,
        labels: TEST_LABELS,
        tag: `dw-containerize-${dir}:${TEST_RUN}`,
        ...args,
      },
      onProgress,
    );

  beforeAll(async () => {
    await requireImage('node:20-bookworm-slim');
    docker = await requireEngine();
    workspace = tempTree({
      'oneshot/package.json': JSON.stringify({
        name: 'oneshot',
        private: true,
        scripts: { start: 'node job.js' },
      }),
      'oneshot/job.js': "console.log('job done');\n",
      'broken/package.json': JSON.stringify({
        name: 'broken',
        private: true,
        scripts: {
          build: 'node -e "console.error(\'compile error in src/app.ts\'); process.exit(2)"',
          start: 'node job.js',
        },
      }),
      'broken/job.js': "console.log('never built');\n",
      'own/package.json': JSON.stringify({ name: 'own', private: true, scripts: { start: 'node job.js' } }),
      'own/job.js': "console.log('own Dockerfile');\n",
      'own/Dockerfile':
        'FROM node:20-bookworm-slim\nWORKDIR /app\nCOPY job.js .\nUSER node\nCMD ["node", "job.js"]\n',
      'plan/package.json': JSON.stringify({ name: 'plan', private: true, scripts: { start: 'node job.js' } }),
      'plan/job.js': "console.log('planned');\n",
      'crash/package.json': JSON.stringify({
        name: 'crash',
        private: true,
        scripts: { start: 'node server.js' },
      }),
      'crash/server.js':
        "console.error('missing DATABASE_URL, giving up');\nprocess.exit(3);\n" +
        "require('node:http').createServer(() => {}).listen(3000);\n",
    });
    cpSync(
      path.join(REPO_ROOT, 'test/dockerfile/generate/fixtures/node-npm-build'),
      path.join(workspace, 'web'),
      {
        recursive: true,
      },
    );
    cpSync(path.join(workspace, 'web'), path.join(workspace, 'slow'), { recursive: true });
    // A build step that takes long enough to be cancelled midway (and a unique cache key).
    writeFileSync(
      path.join(workspace, 'slow/build.mjs'),
      `// ${TEST_RUN}\nawait new Promise((r) => setTimeout(r, 60_000));\n`,
    );
    process.env.DOCKWRIGHT_PATTERNS_DB = path.join(workspace, 'patterns.db');
    mcp = await connectInMemory({ workspace: [workspace] });
  });
  afterAll(async () => {
    await mcp?.close();
    await removeLabelled(RUN_LABEL, true);
    removeTree(workspace);
  });

  it('containerizes a Node web app: files written, built, healthy, scanned, assessed, recorded, progress per stage', async () => {
    const progress: Progress[] = [];
    const result = await call('web', {}, (p) => progress.push(p));
    const out = result.structuredContent as unknown as Report;
    expect(out.ok, text(result)).toBe(true);
    expect(out.files.map((f) => [path.basename(f.path), f.action])).toEqual([
      ['Dockerfile', 'created'],
      ['.dockerignore', 'created'],
    ]);
    expect(out.image?.sizeBytes).toBeGreaterThan(0);
    expect(out.image?.baseImage).toBe('node:20-bookworm-slim');
    expect(out.image?.baseShare).toBeGreaterThan(0.5);
    expect(out.image?.baseShare).toBeLessThanOrEqual(1);
    expect(out.verify).toMatchObject({ method: 'healthcheck', passed: true });
    expect(out.healthyMs).toBeGreaterThanOrEqual(0);
    expect(out.buildMs).toBeGreaterThan(0);
    expect(out.scan?.notChecked.join(' ')).toMatch(/vulnerabilit/);
    expect(out.pattern).toMatchObject({ recorded: true, status: 'proven' });
    expect(out.stages.map((s) => [s.name, s.status])).toEqual(STAGES.map((name) => [name, 'passed']));
    for (const stage of STAGES) expect(progress.some((p) => p.message === stage)).toBe(true);
    const values = progress.map((p) => p.progress);
    expect(values).toEqual([...values].sort((a, b) => a - b));
    expect(Buffer.byteLength(text(result))).toBeLessThanOrEqual(4096);
    expect(text(result)).toMatch(/^Containerized .*web .* as dw-containerize-web:.* \(base \d+%\), built in/);
    expect(existsSync(path.join(workspace, 'web/Dockerfile'))).toBe(true);
    expect((await leftovers(docker)).containers).toBe(0);
  });

  it('keeps the verified container running when asked, and names its published port', async () => {
    const result = await call('web', { keepRunning: true });
    const out = result.structuredContent as unknown as Report & {
      container?: { name: string; ports: string[] };
    };
    expect(out.ok, text(result)).toBe(true);
    const hostPort = /127\.0\.0\.1:(\d+)->3000/.exec(out.container?.ports.join(' ') ?? '')?.[1];
    expect(await fetch(`http://127.0.0.1:${hostPort}/`).then((r) => r.text())).toContain(
      'hello from node-npm-build',
    );
    expect((await leftovers(docker)).containers).toBe(1);
    await removeLabelled(RUN_LABEL);
  });

  it('verifies a one-shot app by its exit code 0', async () => {
    const result = await call('oneshot');
    const out = result.structuredContent as unknown as Report;
    expect(out.ok, text(result)).toBe(true);
    expect(out.verify).toMatchObject({ method: 'exit', passed: true });
    expect(out.checks.passed).toContain('verify (exit): exited 0');
  });

  it('reports a crash at start with the stage, exit code and last log lines, and leaves nothing behind', async () => {
    const before = await leftovers(docker);
    const result = await call('crash');
    const out = result.structuredContent as unknown as Report;
    expect(out.ok).toBe(false);
    expect(out.failure).toMatchObject({ stage: 'verify', exitCode: 3 });
    expect(out.image?.kept).toBe(false);
    expect(out.stages.map((s) => `${s.name} ${s.status}`)).toEqual([
      ...['detect', 'generate', 'lint', 'write', 'build', 'run'].map((name) => `${name} passed`),
      'verify failed',
      'scan skipped',
      'assess skipped',
      'record passed',
    ]);
    expect(out.failure?.evidence).toMatch(/missing DATABASE_URL, giving up/);
    expect(out.pattern?.recorded).toBe(false);
    expect(text(result)).toMatch(/^FAILED at verify/);
    expect(text(result)).toMatch(/exit code 3/);
    expect(text(result)).toMatch(/missing DATABASE_URL, giving up/);
    expect(Buffer.byteLength(text(result))).toBeLessThanOrEqual(4096);
    expect(await leftovers(docker)).toEqual(before);
  });

  it('reports a failing build step with its output, and leaves no image behind', async () => {
    const before = await leftovers(docker);
    const result = await call('broken');
    const out = result.structuredContent as unknown as Report & { failure: { reason: string } };
    expect(out.ok).toBe(false);
    expect(out.failure.stage).toBe('build');
    expect(out.failure.reason).toMatch(/npm run build/);
    expect(out.failure.reason).toMatch(/compile error in src\/app\.ts/);
    expect(text(result)).toMatch(/^FAILED at build/);
    expect(await leftovers(docker)).toEqual(before);
  });

  it('builds the project’s own Dockerfile, kept, when it differs and overwrite is not asked', async () => {
    const own = readFileSync(path.join(workspace, 'own/Dockerfile'), 'utf8');
    const out = (await call('own')).structuredContent as unknown as Report;
    expect(out.files[0]).toMatchObject({ path: 'own/Dockerfile', action: 'exists-differs' });
    expect(readFileSync(path.join(workspace, 'own/Dockerfile'), 'utf8')).toBe(own);
    expect(out.ok).toBe(true);
    expect(out.verify).toMatchObject({ method: 'exit', passed: true });
  });

  it('plans a dry run without touching the engine or writing a file', async () => {
    const touched: string[] = [];
    const noEngine = new Proxy({} as DockerEngine, {
      get: (_target, name) => () => {
        touched.push(String(name));
        throw new Error('the engine must not be used in a dry run');
      },
    });
    const offline = await connectInMemory({ workspace: [workspace], engine: noEngine });
    try {
      const out = await offline.ok<Report>('project_containerize', {
        dir: 'plan',
        dryRun: true,
        baseImages: BASE_IMAGES,
      });
      expect(out.ok).toBe(true);
      expect(out.baseImages).toEqual(['node:20-bookworm-slim']);
      expect(out.files.map((f) => f.action)).toEqual(['not-written', 'not-written']);
      expect(out.stages.filter((s) => s.status === 'skipped').map((s) => s.name)).toEqual([
        'build',
        'run',
        'verify',
        'scan',
        'assess',
        'record',
      ]);
      const wrongRole = await offline.fails('project_containerize', {
        dir: 'plan',
        dryRun: true,
        baseImages: { nodejs: 'x' },
      });
      expect(wrongRole).toMatch(/base image roles are: node, node-runtime/);
      // Security: a Dockerfile symlinked outside the workspace is refused, never read or linted.
      mkdirSync(path.join(workspace, 'escape'));
      writeFileSync(path.join(workspace, 'escape/package.json'), '{"name": "escape"}');
      symlinkSync('/etc/passwd', path.join(workspace, 'escape/Dockerfile'));
      const escaped = await offline.fails('project_containerize', { dir: 'escape', dryRun: true });
      expect(escaped).toMatch(/outside the workspace/i);
      expect(escaped).not.toMatch(/root:x:0/);
      expect(touched).toEqual([]);
      expect(existsSync(path.join(workspace, 'plan/Dockerfile'))).toBe(false);
    } finally {
      await offline.close();
    }
  });

  it('cancelled mid-build, it leaves no container, image or file behind', async () => {
    const before = await leftovers(docker);
    const controller = new AbortController();
    const call = mcp.client.callTool(
      {
        name: 'project_containerize',
        arguments: {
          dir: 'slow',
          baseImages: BASE_IMAGES,
          labels: TEST_LABELS,
          tag: `dw-containerize-slow:${TEST_RUN}`,
        },
      },
      undefined,
      {
        signal: controller.signal,
        onprogress: (p) => {
          if (p.progress > STAGES.indexOf('build') && /RUN npm run build/.test(p.message ?? ''))
            controller.abort();
        },
      },
    );
    await expect(call).rejects.toThrow(/abort/i);
    const deadline = Date.now() + 20_000;
    while (Date.now() < deadline && existsSync(path.join(workspace, 'slow/Dockerfile')))
      await new Promise((resolve) => setTimeout(resolve, 200));
    expect(existsSync(path.join(workspace, 'slow/Dockerfile'))).toBe(false);
    expect(existsSync(path.join(workspace, 'slow/.dockerignore'))).toBe(false);
    expect(await leftovers(docker)).toEqual(before);
  });
});
