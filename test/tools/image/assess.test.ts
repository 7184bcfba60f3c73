import { generateKeyPairSync } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ASSESS_LABEL } from '../../../src/assess/trial-run.js';
import { removeLabelled, requireEngine, requireImage, TEST_LABELS, TEST_RUN } from '../../helpers/docker.js';
import { connectInMemory, type TestClient } from '../../helpers/mcp.js';
import { removeTree, tempTree } from '../../helpers/temp-tree.js';
import { osvFixtureRecords } from '../../scan/helpers/osv-fixture.js';

// Stand-in used: node:20-bookworm-slim (Debian 12 minbase plus the host's Node 20, 320 MB, user node = uid 1000).
const GOOD_TAG = `dockwright-test/assess-good:${TEST_RUN}`;
const BAD_TAG = `dockwright-test/assess-bad:${TEST_RUN}`;
// Stand-in used: busybox:latest.
const UNHEALTHY_TAG = `dockwright-test/assess-unhealthy:${TEST_RUN}`;
const SLOW_TAG = `dockwright-test/assess-slow:${TEST_RUN}`;

const SERVER = [
  "require('node:http')",
  "  .createServer((req, res) => res.end(req.url === '/health' ? 'ok' : 'hello'))",
  '  .listen(3000);',
].join('\n');

const HEALTH_PROBE =
  "fetch('http://127.0.0.1:3000/health').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))";

const GOOD_DOCKERFILE = [
  'FROM node:20-bookworm-slim AS build',
  'WORKDIR /src',
  'COPY package.json server.js ./',
  'RUN mkdir -p /out && cp package.json server.js /out/',
  '',
  'FROM node:20-bookworm-slim',
  'ENV NODE_ENV=production',
  'WORKDIR /app',
  'COPY --from=build --chown=node:node /out/ ./',
  'USER node',
  'EXPOSE 3000',
  `HEALTHCHECK --interval=1s --timeout=3s --retries=5 CMD ["node", "-e", ${JSON.stringify(HEALTH_PROBE)}]`,
  'CMD ["node", "server.js"]',
].join('\n');

const BAD_DOCKERFILE = [
  'FROM node:20-bookworm-slim',
  'ENV API_TOKEN=tok-live-93f1c2aa0b7e',
  'WORKDIR /app',
  'COPY . .',
  // No dependencies: installs offline, yet it is a build step in the only stage.
  'RUN npm install --omit=dev --no-audit --no-fund --offline',
  'CMD ["node", "server.js"]',
].join('\n');

const privateKey = generateKeyPairSync('rsa', { modulusLength: 1024 }).privateKey.export({
  type: 'pkcs1',
  format: 'pem',
});

interface Criterion {
  id: string;
  status: 'pass' | 'fail' | 'unknown';
  measured: string;
  budget: string;
  value?: number;
  reason?: string;
}
interface Assessment {
  verdict: string;
  pass: boolean;
  score: number;
  stack: string;
  counts: { pass: number; fail: number; unknown: number };
  criteria: Criterion[];
}

const byId = (out: Assessment) => Object.fromEntries(out.criteria.map((c) => [c.id, c]));

let mcp: TestClient;
let folder: string;
let goodBuildMs: number;

beforeAll(async () => {
  await requireImage('node:20-bookworm-slim');
  const [glibc, zlib] = osvFixtureRecords;
  folder = await tempTree({
    'good/Dockerfile': GOOD_DOCKERFILE,
    'good/.dockerignore': ['.git', '.env', '*.pem', 'id_rsa', 'node_modules'].join('\n'),
    'good/package.json': '{"name":"sample","version":"1.0.0","private":true}',
    'good/server.js': SERVER,
    'bad/Dockerfile': BAD_DOCKERFILE,
    'bad/package.json': '{"name":"sample","version":"1.0.0","private":true}',
    'bad/server.js': SERVER,
    'bad/deploy/id_rsa': privateKey,
    'unhealthy/Dockerfile': [
      'FROM busybox:latest',
      'HEALTHCHECK --interval=1s --timeout=2s --retries=2 CMD ["sh", "-c", "echo probe failed; exit 1"]',
      'CMD ["sleep", "300"]',
    ].join('\n'),
    // The first check runs only after a 30 s interval: the trial run is still waiting when cancelled.
    'slow/Dockerfile': [
      'FROM busybox:latest',
      'HEALTHCHECK --interval=30s CMD ["true"]',
      'CMD ["sleep", "300"]',
    ].join('\n'),
    'unhealthy/.dockerignore': ['.git', '.env'].join('\n'),
    // zlib's advisory is fixed in exactly the installed version: scanned, nothing applies.
    'osv-clean/Debian/DSA-TEST-0002.json': JSON.stringify(zlib),
    // glibc's advisory (CVSS 9.1) applies to the stand-in's glibc.
    'osv-full/Debian/DSA-TEST-0001.json': JSON.stringify(glibc),
  });
  mcp = await connectInMemory({ workspace: [folder] });
  const good = await mcp.ok<{ durationMs: number }>('image_build', {
    dir: 'good',
    tags: [GOOD_TAG],
    labels: TEST_LABELS,
  });
  goodBuildMs = good.durationMs;
  await mcp.ok('image_build', { dir: 'bad', tags: [BAD_TAG], labels: TEST_LABELS });
}, 300_000);

afterAll(async () => {
  await mcp?.close();
  await removeLabelled(`dockwright.test.run=${TEST_RUN}`, true);
  if (folder) await removeTree(folder);
});

async function assessContainersLeft(): Promise<number> {
  const engine = await requireEngine();
  const left = await engine.listContainers({ all: true, filters: { label: [`${ASSESS_LABEL}=1`] } });
  return left.filter((c) => [GOOD_TAG, BAD_TAG, UNHEALTHY_TAG, SLOW_TAG].includes(c.image)).length;
}

describe('image_assess (real engine, through an MCP client)', () => {
  it('measures every criterion of a good multi-stage Node image, reusing the build time this server measured', async () => {
    const result = await mcp.call('image_assess', {
      image: GOOD_TAG,
      file: 'good/Dockerfile',
      scanEngine: 'builtin',
      osvDir: 'osv-clean',
    });
    expect(result.isError).toBeFalsy();
    const out = result.structuredContent as unknown as Assessment;
    const criteria = byId(out);
    expect(out.criteria.map((c) => c.status)).not.toContain('unknown');
    expect(out.stack).toBe('node');
    // The stand-in Node base alone is over the flat 200 MB Node budget: the budget is its size + 100 MB.
    const base = await (await requireEngine()).inspectImage('node:20-bookworm-slim');
    const baseMb = Math.ceil(base.size / 1e6);
    expect(baseMb).toBeGreaterThan(200);
    expect(criteria['image-size']).toMatchObject({
      status: 'pass',
      budget: `≤ ${baseMb + 100} MB (node: base node:20-bookworm-slim ${baseMb} MB + 100 MB)`,
    });
    expect(criteria['build-time']).toMatchObject({
      status: 'pass',
      value: goodBuildMs,
      measured: `${(goodBuildMs / 1000).toFixed(1)} s (measured by image_build)`,
    });
    expect(criteria.vulnerabilities).toMatchObject({ status: 'pass', measured: '0 CRITICAL, 0 HIGH' });
    expect(criteria['multi-stage']).toMatchObject({ status: 'pass', measured: '2 stages' });
    expect(criteria['non-root']).toMatchObject({ status: 'pass', measured: 'node (uid 1000)' });
    expect(criteria.healthcheck).toMatchObject({ status: 'pass', measured: 'healthy' });
    expect(criteria.dockerignore).toMatchObject({ status: 'pass', measured: 'present, all excluded' });
    expect(criteria.secrets).toMatchObject({ status: 'pass', measured: '0 in layers, 0 in environment' });
    expect(criteria['startup-time'].status).toBe('pass');
    expect(criteria['startup-time'].value).toBeLessThan(10_000);
    expect(out).toMatchObject({ verdict: 'pass', pass: true, score: 100 });
    expect(await assessContainersLeft()).toBe(0);
  }, 180_000);

  it('fails a single-stage root image with a key in a layer, no healthcheck and over budget, each with its reason', async () => {
    const result = await mcp.call('image_assess', {
      image: BAD_TAG,
      file: 'bad/Dockerfile',
      sizeBudgetMb: 50,
      scanEngine: 'builtin',
      osvDir: 'osv-full',
    });
    expect(result.isError).toBeFalsy();
    const out = result.structuredContent as unknown as Assessment;
    const criteria = byId(out);
    expect(criteria['image-size']).toMatchObject({ status: 'fail', budget: '≤ 50 MB (node)' });
    expect(criteria['image-size'].reason).toMatch(/over the 50 MB budget/);
    expect(criteria['multi-stage']).toMatchObject({ status: 'fail', measured: '1 stage' });
    expect(criteria['multi-stage'].reason).toMatch(/single stage that builds \(npm install --omit=dev/);
    expect(criteria['non-root']).toMatchObject({ status: 'fail', measured: 'root (no USER)' });
    expect(criteria['non-root'].reason).toMatch(/runs as root/);
    expect(criteria.healthcheck).toMatchObject({ status: 'fail', measured: 'none' });
    expect(criteria.healthcheck.reason).toMatch(/no HEALTHCHECK/);
    expect(criteria.secrets).toMatchObject({ status: 'fail', measured: '1 in layers, 1 in environment' });
    expect(criteria.secrets.reason).toMatch(/Private key in \/app\/deploy\/id_rsa/);
    expect(criteria.secrets.reason).toMatch(/API_TOKEN/);
    expect(criteria.secrets.reason).not.toContain('tok-live-93f1c2aa0b7e');
    expect(criteria.dockerignore).toMatchObject({ status: 'fail', measured: 'missing' });
    expect(criteria.vulnerabilities.status).toBe('fail');
    expect(criteria.vulnerabilities.measured).toMatch(/^[1-9]\d* CRITICAL, 0 HIGH$/);
    expect(criteria.vulnerabilities.reason).toMatch(
      /DSA-TEST-0001 in libc6 2.36-9\+deb12u14 \(fixed in 2.36-9\+deb12u15\)/,
    );
    expect(criteria['build-time'].measured).toMatch(/measured by image_build/);
    expect(criteria['startup-time']).toMatchObject({ status: 'unknown' });
    expect(out).toMatchObject({ verdict: 'fail', pass: false });
    const text = (result.content as { text: string }[])[0].text;
    expect(text).toMatch(/^.*FAIL, \d\/9 passed/);
    expect(text).toMatch(/FAIL Runs as non-root: root \(no USER\)/);
    expect(text).toMatch(/UNKNOWN Start-up time/);
  }, 180_000);

  it('reports vulnerabilities and the build time of an image another server built as unknown, never as a pass', async () => {
    const other = await connectInMemory({ workspace: [folder] });
    const out = await other
      .ok<Assessment>('image_assess', {
        image: GOOD_TAG,
        runHealthcheck: false,
        sizeBudgetMb: 400,
        scanEngine: 'builtin',
      })
      .finally(() => other.close());
    const criteria = byId(out);
    expect(criteria['image-size'].budget).toBe('≤ 400 MB (node)');
    expect(criteria['build-time']).toMatchObject({ status: 'unknown' });
    expect(criteria['build-time'].reason).toMatch(/did not build the image.*durationMs/);
    expect(criteria.vulnerabilities.status).toBe('unknown');
    expect(criteria.vulnerabilities.reason).toMatch(/not "0 vulnerabilities"/);
    expect(criteria.healthcheck).toMatchObject({ status: 'unknown' });
    expect(criteria['multi-stage'].status).toBe('unknown');
    expect(out).toMatchObject({ verdict: 'incomplete', pass: false });
  }, 120_000);

  it('fails a healthcheck that never passes, with its output, and removes the trial container', async () => {
    await requireImage('busybox:latest');
    await mcp.ok('image_build', { dir: 'unhealthy', tags: [UNHEALTHY_TAG], labels: TEST_LABELS });
    const out = await mcp.ok<Assessment>('image_assess', {
      image: UNHEALTHY_TAG,
      dir: 'unhealthy',
      scanEngine: 'builtin',
      timeoutSeconds: 30,
    });
    const criteria = byId(out);
    expect(criteria.healthcheck).toMatchObject({ status: 'fail', measured: 'unhealthy' });
    expect(criteria.healthcheck.reason).toMatch(/probe failed/);
    expect(criteria['startup-time']).toMatchObject({ status: 'fail' });
    expect(criteria['startup-time'].reason).toMatch(/never became healthy/);
    // One stage that only sets a healthcheck and a command ships no build tools.
    expect(criteria['multi-stage']).toMatchObject({ status: 'pass', measured: '1 stage, nothing built' });
    expect(criteria.dockerignore).toMatchObject({
      status: 'fail',
      measured: 'does not exclude *.pem, id_rsa',
    });
    expect(await assessContainersLeft()).toBe(0);
  }, 120_000);

  it('removes the trial container when the client cancels the call', async () => {
    await requireImage('busybox:latest');
    await mcp.ok('image_build', { dir: 'slow', tags: [SLOW_TAG], labels: TEST_LABELS });
    const controller = new AbortController();
    const call = mcp.client.callTool(
      { name: 'image_assess', arguments: { image: SLOW_TAG, scanEngine: 'builtin' } },
      undefined,
      { signal: controller.signal },
    );
    const settled = call.then(
      () => 'finished',
      () => 'rejected',
    );
    await expect.poll(assessContainersLeft, { timeout: 15_000, interval: 100 }).toBe(1);
    controller.abort();
    expect(await settled).toBe('rejected');
    await expect.poll(assessContainersLeft, { timeout: 15_000, interval: 200 }).toBe(0);
  }, 60_000);
});
