import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runBuild } from '../../src/build/run.js';
import { connectEngine } from '../../src/engine/index.js';
import type { DockerEngine } from '../../src/engine/types.js';
import { runProcess } from '../../src/exec/process.js';
import { analyzeImage } from '../../src/image/analyze.js';
import { Workspace } from '../../src/workspace.js';
import { removeLabelledImages } from '../build/fixtures.js';
import { TEST_LABELS } from '../helpers/docker.js';
import { removeTree, tempTree } from '../helpers/temp-tree.js';

const FAKE_KEY = [
  '-----BEGIN OPENSSH PRIVATE KEY-----',
  'b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQ',
  '-----END OPENSSH PRIVATE KEY-----',
].join('\n');

// Stand-in used: busybox:latest (local import).
const WASTEFUL = [
  'FROM busybox:latest',
  'RUN head -c 10485760 /dev/urandom > /big.bin',
  'COPY deploy_key /root/.ssh/id_ed25519',
  'RUN rm /big.bin /root/.ssh/id_ed25519',
  'ENV API_TOKEN=abc123 PLAIN=1',
  'EXPOSE 8080/tcp',
  'HEALTHCHECK --interval=30s CMD ["true"]',
  'USER 1000:1000',
  'CMD ["sh"]',
].join('\n');

let engine: DockerEngine;
let folder: string;
let imageId: string;

beforeAll(async () => {
  engine = await connectEngine();
  folder = await tempTree({ Dockerfile: WASTEFUL, deploy_key: FAKE_KEY });
  const built = await runBuild(
    engine,
    new Workspace([folder]),
    { context: '.', tags: ['dockwright-test/wasteful:1'], labels: TEST_LABELS },
    {
      signal: new AbortController().signal,
    },
  );
  imageId = built.imageId;
});

afterAll(async () => {
  await removeLabelledImages();
  await removeTree(folder);
});

describe('analyzeImage against the real engine', () => {
  it('counts a 10 MB file added in one layer and deleted in a later one as wasted', async () => {
    const analysis = await analyzeImage(engine, 'dockwright-test/wasteful:1');
    expect(analysis.wastedBytes).toBeGreaterThanOrEqual(10 * 1024 * 1024);
    expect(analysis.wasted[0]).toMatchObject({ path: 'big.bin', wastedBytes: 10 * 1024 * 1024 });
    expect(analysis.efficiency).toBeLessThan(0.5);
    expect(analysis.layers.map((layer) => layer.instruction)).toContainEqual(
      expect.stringContaining('head -c 10485760'),
    );
    const bigLayer = analysis.layers.find((layer) => layer.instruction.includes('head -c'));
    expect(bigLayer?.sizeBytes).toBe(10 * 1024 * 1024);
    expect(analysis.largestFiles.some((file) => file.path === 'big.bin')).toBe(false);
    expect(analysis.tags).toEqual(['dockwright-test/wasteful:1']);
  });

  it('reports runtime settings with env values masked, and the deleted key still in its layer', async () => {
    const analysis = await analyzeImage(engine, imageId);
    expect(analysis.runtime).toMatchObject({
      user: '1000:1000',
      runsAsRoot: false,
      exposedPorts: ['8080/tcp'],
      cmd: ['sh'],
      secretLikeEnv: ['API_TOKEN'],
    });
    expect(analysis.runtime.healthcheck).toMatchObject({ test: ['CMD', 'true'], intervalSeconds: 30 });
    expect(analysis.runtime.envNames).toEqual(expect.arrayContaining(['API_TOKEN', 'PLAIN', 'PATH']));
    expect(JSON.stringify(analysis)).not.toContain('abc123');
    expect(analysis.secretFiles).toEqual([
      { path: 'root/.ssh/id_ed25519', layerIndex: 2, reason: 'contains a private key', deletedLater: true },
    ]);
    expect(analysis.findings.join('\n')).toMatch(/deleted later but still in its layer/);
  });

  it('stays under 200 MB of memory on an image of 500 MB or more', async () => {
    // Stand-in used: golang:1.19-bookworm (about 750 MB), analysed in its own Node process.
    // Streaming keeps the peak far below the image's size; buffering it would need 750 MB.
    // Measured peaks are 111-151 MB, most of the spread being V8's young generation: with
    // --max-semi-space-size=2 the same walk peaks at 98-117 MB. 150 MB failed a CI run.
    const scratch = await mkdtemp(path.join(os.tmpdir(), 'dockwright-analyze-'));
    try {
      const entry = path.join(scratch, 'measure.ts');
      await writeFile(
        entry,
        [
          `import { connectEngine } from '${path.resolve('src/engine/index.ts')}';`,
          `import { analyzeImage } from '${path.resolve('src/image/analyze.ts')}';`,
          'const analysis = await analyzeImage(await connectEngine(), process.argv[2]);',
          'console.log(JSON.stringify({ totalBytes: analysis.totalBytes, maxRssKb: process.resourceUsage().maxRSS }));',
        ].join('\n'),
      );
      const esbuild = await import('esbuild');
      await esbuild.build({
        entryPoints: [entry],
        bundle: true,
        platform: 'node',
        format: 'esm',
        packages: 'external',
        outfile: path.join(process.cwd(), 'node_modules/.cache/dockwright-measure.mjs'),
        logLevel: 'warning',
      });
      const run = await runProcess(process.execPath, [
        'node_modules/.cache/dockwright-measure.mjs',
        'golang:1.19-bookworm',
      ]);
      expect(run.exitCode, run.stderr).toBe(0);
      const measured = JSON.parse(run.stdout) as { totalBytes: number; maxRssKb: number };
      console.info(
        `analyzeImage golang:1.19-bookworm: ${(measured.totalBytes / 1e6).toFixed(0)} MB of files, peak RSS ${(measured.maxRssKb / 1024).toFixed(1)} MB`,
      );
      expect(measured.totalBytes).toBeGreaterThan(500 * 1e6);
      expect(measured.maxRssKb / 1024).toBeLessThan(200);
    } finally {
      await rm(scratch, { recursive: true, force: true });
      await rm('node_modules/.cache/dockwright-measure.mjs', { force: true });
    }
  }, 180_000);
});
