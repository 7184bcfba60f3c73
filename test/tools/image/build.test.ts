import type { Progress } from '@modelcontextprotocol/sdk/types.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runProcess } from '../../../src/exec/process.js';
import { removeLabelled, requireEngine, requireImage, TEST_LABELS, TEST_RUN } from '../../helpers/docker.js';
import { connectInMemory, type TestClient } from '../../helpers/mcp.js';
import { removeTree, tempTree } from '../../helpers/temp-tree.js';

const FILE_SECRET = 'file-secret-5d1c0a77e2b94f3c';
const ENV_SECRET = 'env-secret-0b7e4e61c9d84a21';
const TAG = `dockwright-test/build-tool:${TEST_RUN}`;

// Stand-in used: busybox:latest (a local import; no registry is reachable).
const DOCKERFILE = [
  'FROM busybox:latest AS deps',
  'RUN --mount=type=cache,target=/var/cache/app echo warm >> /var/cache/app/runs && cp /var/cache/app/runs /runs',
  'RUN --mount=type=secret,id=tok,required=true --mount=type=secret,id=npm,required=true \\',
  '    cat /run/secrets/tok /run/secrets/npm && wc -c /run/secrets/tok /run/secrets/npm > /secret-sizes',
  'FROM busybox:latest',
  'COPY --from=deps /secret-sizes /runs /built/',
  'COPY app.sh /app.sh',
  'CMD ["sh", "/app.sh"]',
].join('\n');

async function exportContains(ref: string, needle: string): Promise<{ found: boolean; bytes: number }> {
  const stream = await (await requireEngine()).exportImage(ref);
  const target = Buffer.from(needle);
  let tail = Buffer.alloc(0);
  let bytes = 0;
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    bytes += chunk.length;
    const window = Buffer.concat([tail, chunk]);
    if (window.includes(target)) return { found: true, bytes };
    tail = window.subarray(Math.max(0, window.length - target.length));
  }
  return { found: false, bytes };
}

let mcp: TestClient;
let folder: string;

beforeAll(async () => {
  await requireImage('busybox:latest');
  folder = await tempTree({
    Dockerfile: DOCKERFILE,
    'app.sh': 'cat /built/secret-sizes\n',
    'secrets/tok.txt': FILE_SECRET,
    '.dockerignore': 'secrets/\n',
    'fails/Dockerfile':
      'FROM busybox:latest\nRUN echo preparing && echo "cannot find config.yml" >&2 && exit 3\n',
    'proven/Dockerfile': `FROM busybox:1.36\nRUN echo ${TEST_RUN} > /id\nUSER 65534:65534\nCMD ["cat", "/id"]\n`,
    'unproven/Dockerfile': 'FROM busybox:1.36\nMAINTAINER someone\nRUN cd /tmp && echo x\n',
    'staged/Dockerfile': `FROM busybox:1.36 AS dev\nRUN echo ${TEST_RUN}-dev > /id\nFROM dev\nUSER 65534:65534\nCMD ["cat", "/id"]\n`,
    'slow/Dockerfile': `FROM busybox:latest\nRUN echo starting; sleep 40; echo ${TEST_RUN}-cancel-marker\n`,
  });
  process.env.TEST_BUILD_NPM_TOKEN = ENV_SECRET;
  mcp = await connectInMemory({ workspace: [folder], allowEnv: ['TEST_BUILD_NPM_TOKEN'] });
});

afterAll(async () => {
  await mcp.close();
  await removeLabelled(`dockwright.test.run=${TEST_RUN}`, true);
  await removeTree(folder);
  delete process.env.TEST_BUILD_NPM_TOKEN;
});

describe('image_build (real engine, through an MCP client)', () => {
  it('builds multi-stage with a cache mount and secrets, with progress per step and no secret anywhere', async () => {
    const notifications: Progress[] = [];
    const result = await mcp.call(
      'image_build',
      {
        dir: '.',
        tags: [TAG],
        labels: TEST_LABELS,
        secrets: [
          { id: 'tok', file: 'secrets/tok.txt' },
          { id: 'npm', env: 'TEST_BUILD_NPM_TOKEN' },
        ],
      },
      (progress) => notifications.push(progress),
    );
    expect(result.isError, JSON.stringify(result.content)).toBeFalsy();
    const out = result.structuredContent as {
      imageId: string;
      tags: string[];
      steps: { total: number; cached: number };
      builder: string;
      sizeBytes: number;
      dockerfile: string;
    };
    expect(out).toMatchObject({ tags: [TAG], builder: 'buildkit', dockerfile: 'Dockerfile' });
    expect(out.sizeBytes).toBeGreaterThan(1e6);

    const dockerfileSteps = ['--mount=type=cache', '--mount=type=secret', 'COPY --from=deps', 'COPY app.sh'];
    for (const step of dockerfileSteps) {
      expect(notifications.some((n) => n.message?.includes(step))).toBe(true);
    }
    expect(notifications.length).toBeGreaterThanOrEqual(out.steps.total);
    for (let i = 1; i < notifications.length; i++) {
      expect(notifications[i].progress).toBeGreaterThan(notifications[i - 1].progress);
      expect(notifications[i].progress).toBeLessThanOrEqual(
        notifications[i].total ?? Number.POSITIVE_INFINITY,
      );
    }

    const everything = JSON.stringify({ result, notifications });
    for (const secret of [FILE_SECRET, ENV_SECRET]) {
      expect(everything).not.toContain(secret);
      const search = await exportContains(TAG, secret);
      expect(search.bytes).toBeGreaterThan(1e6);
      expect(search.found).toBe(false);
    }
    const run = await runProcess('/usr/bin/docker', ['run', '--rm', '--label', 'dockwright.test=1', TAG]);
    expect(run.stdout).toContain(`${FILE_SECRET.length} /run/secrets/tok`);
    expect(run.stdout).toContain(`${ENV_SECRET.length} /run/secrets/npm`);
  });

  it('records a Dockerfile that built and lints clean as a candidate pattern (not proven), and counts rebuilds', async () => {
    type Built = { pattern: { recorded: boolean; id: string; status: string; successfulBuilds: number } };
    const build = { dir: 'proven', tags: [`${TAG}-proven`], labels: TEST_LABELS };
    const first = await mcp.call('image_build', build);
    const firstOut = first.structuredContent as Built;
    expect(firstOut.pattern).toMatchObject({ recorded: true, status: 'candidate' });
    expect((first.content as { text: string }[])[0].text).toMatch(
      /Recorded as candidate pattern p-\w+ \(\d+ builds\); proven once it runs and passes its checks\./,
    );
    const second = await mcp.ok<Built>('image_build', build);
    expect(second.pattern).toMatchObject({
      id: firstOut.pattern.id,
      status: 'candidate',
      successfulBuilds: firstOut.pattern.successfulBuilds + 1,
    });

    const found = await mcp.call('pattern_search', { text: TEST_RUN });
    const hits = (found.structuredContent as { patterns: { id: string; status: string; evidence: string }[] })
      .patterns;
    expect(hits[0]).toMatchObject({ id: firstOut.pattern.id, status: 'candidate' });
    expect(hits[0].evidence).toMatch(/^candidate: \d+ builds, /);
    expect((found.content as { text: string }[])[0].text).toMatch(
      new RegExp(`\\n- ${firstOut.pattern.id} \\([\\d.]+\\) .*; recorded; candidate: \\d+ builds, `),
    );

    const unproven = await mcp.ok<{ pattern: { recorded: boolean; reason: string } }>('image_build', {
      dir: 'unproven',
      tags: [`${TAG}-unproven`],
      labels: TEST_LABELS,
    });
    expect(unproven.pattern).toMatchObject({ recorded: false });
    expect(unproven.pattern.reason).toMatch(/lint error/);

    const staged = await mcp.ok<{ pattern: { recorded: boolean; reason: string } }>('image_build', {
      dir: 'staged',
      target: 'dev',
      tags: [`${TAG}-staged`],
      labels: TEST_LABELS,
    });
    expect(staged.pattern).toEqual({
      recorded: false,
      reason: 'only stage "dev" was built, not the final image',
    });
    expect((await mcp.ok<{ total: number }>('pattern_search', { text: `${TEST_RUN}-dev` })).total).toBe(0);
  });

  it('returns the failing step, its exit code, the tail of its output and a hint', async () => {
    const text = await mcp.fails('image_build', { dir: 'fails', tags: [], labels: TEST_LABELS });
    expect(text).toContain('[BUILD_FAILED]');
    expect(text).toContain('RUN echo preparing');
    expect(text).toContain('exit code 3');
    expect(text).toContain('cannot find config.yml');
    expect(text).toMatch(/Next: .*exited with 3/);
  });

  it('stops the build within 2 seconds of an MCP cancel and leaves nothing behind', async () => {
    const marker = `${TEST_RUN}-cancel-marker`;
    const controller = new AbortController();
    const call = mcp.client
      .callTool(
        {
          name: 'image_build',
          arguments: { dir: 'slow', tags: [`${TAG}-cancelled`], labels: TEST_LABELS },
        },
        undefined,
        {
          signal: controller.signal,
        },
      )
      .catch((error: Error) => error);
    const running = async () => (await runProcess('/usr/bin/pgrep', ['-f', marker])).stdout.trim() !== '';
    const waitStart = Date.now();
    while (!(await running()) && Date.now() - waitStart < 20_000)
      await new Promise((resolve) => setTimeout(resolve, 100));
    expect(await running()).toBe(true);
    controller.abort();
    const cancelledAt = Date.now();
    expect(await call).toBeInstanceOf(Error);
    while ((await running()) && Date.now() - cancelledAt < 10_000)
      await new Promise((resolve) => setTimeout(resolve, 50));
    const stoppedAfterMs = Date.now() - cancelledAt;
    console.info(`image_build cancel: build process gone ${stoppedAfterMs} ms after the MCP cancel`);
    expect(stoppedAfterMs).toBeLessThan(2000);
    const containers = await runProcess('/usr/bin/docker', [
      'ps',
      '-a',
      '--no-trunc',
      '--format',
      '{{.Command}}',
    ]);
    expect(containers.stdout).not.toContain(marker);
    expect((await runProcess('/usr/bin/docker', ['images', '-q', `${TAG}-cancelled`])).stdout.trim()).toBe(
      '',
    );
  });

  it('refuses host networking unless the server allows it, and paths outside the workspace', async () => {
    expect(await mcp.fails('image_build', { dir: '.', network: 'host' })).toContain('[REFUSED]');
    expect(await mcp.fails('image_build', { dir: '.', tags: ['Not:A:Valid:Ref'] })).toMatch(
      /reference format/i,
    );
    expect(await mcp.fails('image_build', { dir: '/etc' })).toContain('[PATH_OUTSIDE_WORKSPACE]');
    expect(
      await mcp.fails('image_build', { dir: '.', secrets: [{ id: 'x', file: '/etc/shadow' }] }),
    ).toContain('[PATH_OUTSIDE_WORKSPACE]');
  });
});
