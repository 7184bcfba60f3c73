import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { removeLabelled, requireImage, TEST_LABELS, TEST_RUN } from '../../helpers/docker.js';
import { connectInMemory, type TestClient } from '../../helpers/mcp.js';
import { removeTree, tempTree } from '../../helpers/temp-tree.js';

const TAG = `dockwright-test/analyze-tool:${TEST_RUN}`;

// Stand-in used: busybox:latest. One layer adds a 10 MiB file, a later one deletes it.
const DOCKERFILE = [
  'FROM busybox:latest',
  'RUN head -c 10485760 /dev/urandom > /tmp/blob.bin && mkdir -p /app',
  'COPY .npmrc /app/.npmrc',
  'RUN rm /tmp/blob.bin',
  'ENV DB_PASSWORD=do-not-show-me NODE_ENV=production',
  'EXPOSE 3000',
  'ENTRYPOINT ["sh", "-c"]',
  'CMD ["echo ok"]',
].join('\n');

let mcp: TestClient;
let folder: string;

beforeAll(async () => {
  await requireImage('busybox:latest');
  folder = await tempTree({
    Dockerfile: DOCKERFILE,
    '.npmrc': '//registry.npmjs.org/:_authToken=npm_notarealtoken\n',
  });
  mcp = await connectInMemory({ workspace: [folder] });
  await mcp.ok('image_build', { dir: '.', tags: [TAG], labels: TEST_LABELS });
});

afterAll(async () => {
  await mcp.close();
  await removeLabelled(`dockwright.test.run=${TEST_RUN}`, true);
  await removeTree(folder);
});

interface Analysis {
  wastedBytes: number;
  efficiency: number;
  layers: { instruction: string; sizeBytes: number }[];
  wasted: { path: string; wastedBytes: number }[];
  largestFiles: { path: string; sizeBytes: number }[];
  runtime: {
    user: string;
    runsAsRoot: boolean;
    envNames: string[];
    secretLikeEnv: string[];
    exposedPorts: string[];
    entrypoint: string[];
    cmd: string[];
    healthcheck?: unknown;
  };
  secretFiles: { path: string; reason: string; deletedLater: boolean }[];
  findings: string[];
}

describe('image_analyze (real engine, through an MCP client)', () => {
  it('reports the 10 MiB added then deleted as wasted, with the instruction of each layer', async () => {
    const result = await mcp.call('image_analyze', { image: TAG });
    expect(result.isError).toBeFalsy();
    const out = result.structuredContent as unknown as Analysis;
    expect(out.wastedBytes).toBeGreaterThanOrEqual(10 * 1024 * 1024);
    expect(out.wasted[0]).toEqual({ path: 'tmp/blob.bin', wastedBytes: 10 * 1024 * 1024, versions: 2 });
    expect(out.efficiency).toBeLessThan(0.5);
    expect(out.layers.find((layer) => layer.instruction.includes('head -c 10485760'))?.sizeBytes).toBe(
      10 * 1024 * 1024,
    );
    expect(out.layers.some((layer) => layer.instruction.startsWith('COPY .npmrc'))).toBe(true);
    expect(out.largestFiles[0].path).toBe('bin/busybox');
    expect((result.content as { text: string }[])[0].text).toMatch(/MB wasted/);
  });

  it('shows runtime settings and secret-looking files, never environment values', async () => {
    const out = await mcp.ok<Analysis>('image_analyze', { image: TAG, limit: 5 });
    expect(out.runtime).toMatchObject({
      runsAsRoot: true,
      exposedPorts: ['3000/tcp'],
      entrypoint: ['sh', '-c'],
      cmd: ['echo ok'],
      secretLikeEnv: ['DB_PASSWORD'],
    });
    expect(out.runtime.healthcheck).toBeUndefined();
    expect(out.runtime.envNames).toEqual(expect.arrayContaining(['DB_PASSWORD', 'NODE_ENV']));
    expect(out.secretFiles).toEqual([
      {
        path: 'app/.npmrc',
        layerIndex: 2,
        reason: 'contains an npm registry credential',
        deletedLater: false,
      },
    ]);
    expect(out.findings.join('\n')).toMatch(/Runs as root/);
    expect(out.findings.join('\n')).toMatch(/No HEALTHCHECK/);
    expect(JSON.stringify(out)).not.toContain('do-not-show-me');
    expect(JSON.stringify(out)).not.toContain('npm_notarealtoken');
  });

  it('says which image is missing', async () => {
    expect(await mcp.fails('image_analyze', { image: `dockwright-test/absent:${TEST_RUN}` })).toMatch(
      /NOT_FOUND|absent/,
    );
  });
});
