import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { removeLabelled, requireEngine, requireImage, TEST_LABELS, TEST_RUN } from '../../helpers/docker.js';
import { connectInMemory, type TestClient } from '../../helpers/mcp.js';
import { removeTree, tempTree } from '../../helpers/temp-tree.js';

const TAG = `dockwright-test/analyze-conclusions:${TEST_RUN}`;
const MB = 1_000_000;

// Stand-in used: node:20-bookworm-slim. The app ships two dev packages (7 MB, one only
// transitive, known from the lockfile), leaves a 3 MB apt list behind, and chowns /app in a
// second layer, which stores all of /app twice.
const DOCKERFILE = [
  'FROM node:20-bookworm-slim',
  // The stand-in is also tagged node:20.20-bookworm-slim: the OCI base-name label picks that name.
  'LABEL org.opencontainers.image.base.name=node:20.20-bookworm-slim',
  'WORKDIR /app',
  'COPY package.json package-lock.json server.js ./',
  'COPY node_modules ./node_modules',
  'RUN mkdir -p /var/lib/apt/lists && head -c 3000000 /dev/urandom > /var/lib/apt/lists/deb.debian.org_Packages',
  'RUN chown -R node:node /app',
  'USER node',
  'CMD ["node", "server.js"]',
].join('\n');

const LOCK = {
  name: 'app',
  lockfileVersion: 3,
  packages: {
    '': { name: 'app', dependencies: { express: '^4' }, devDependencies: { typescript: '^5' } },
    'node_modules/express': { version: '4.0.0' },
    'node_modules/typescript': { version: '5.0.0', dev: true },
    'node_modules/@types/node': { version: '20.0.0', dev: true },
  },
};

interface Saving {
  kind: string;
  bytes: number;
  estimate: boolean;
  advice: string;
}
interface Analysis {
  totalBytes: number;
  composition: {
    base?: { image: string; layers: number; bytes: number; share: number; sizeBytes: number };
    appBytes: number;
    appLayers: number;
  };
  savings: Saving[];
  conclusion: string;
}

let mcp: TestClient;
let folder: string;

beforeAll(async () => {
  await requireImage('node:20-bookworm-slim');
  folder = tempTree({
    Dockerfile: DOCKERFILE,
    'package.json': JSON.stringify({
      name: 'app',
      dependencies: { express: '^4' },
      devDependencies: { typescript: '^5' },
    }),
    'package-lock.json': JSON.stringify(LOCK),
    'server.js': 'console.log("hi")',
    'node_modules/express/index.js': randomBytes(1 * MB),
    'node_modules/typescript/lib/tsc.js': randomBytes(5 * MB),
    'node_modules/@types/node/index.d.ts': randomBytes(2 * MB),
  });
  mcp = await connectInMemory({ workspace: [folder] });
  await mcp.ok('image_build', { dir: '.', tags: [TAG], labels: TEST_LABELS });
}, 300_000);

afterAll(async () => {
  await mcp?.close();
  await removeLabelled(`dockwright.test.run=${TEST_RUN}`, true);
  if (folder) removeTree(folder);
});

describe('image_analyze conclusions (real engine, through an MCP client)', () => {
  it('leads with the base share and the app bytes, then the savings ordered by bytes saved', async () => {
    const result = await mcp.call('image_analyze', { image: TAG });
    expect(result.isError).toBeFalsy();
    const out = result.structuredContent as unknown as Analysis;
    const base = await (await requireEngine()).inspectImage('node:20-bookworm-slim');

    expect(out.composition.base).toMatchObject({ layers: base.layers.length, sizeBytes: base.size });
    expect(out.composition.base?.image).toBe('node:20.20-bookworm-slim');
    // The app's layers hold 8 MB of packages twice (COPY, then chown) and 3 MB of apt lists.
    expect(out.composition.appBytes).toBeGreaterThan(19 * MB);
    expect(out.composition.appBytes).toBeLessThan(21 * MB);
    expect(out.composition.base!.bytes + out.composition.appBytes).toBe(out.totalBytes);
    const percent = Math.round((out.composition.base!.bytes / out.totalBytes) * 100);

    const byKind = Object.fromEntries(out.savings.map((s) => [s.kind, s]));
    expect(byKind['dev-dependencies']).toMatchObject({ bytes: 7 * MB, estimate: false });
    expect(byKind['dev-dependencies'].advice).toMatch(/^2 dev packages .*--omit=dev/);
    expect(byKind['package-cache']).toMatchObject({ bytes: 3 * MB, estimate: false });
    expect(byKind['package-cache'].advice).toMatch(/\(apt\)/);
    expect(byKind['overwritten-files'].bytes).toBeGreaterThanOrEqual(8 * MB);
    expect(byKind['overwritten-files'].advice).toMatch(/COPY --chown/);
    // No node:20.20-alpine here: its size is the typical one, labelled as an estimate.
    expect(byKind['smaller-base']).toMatchObject({ bytes: base.size - 135 * MB, estimate: true });
    expect(byKind['smaller-base'].advice).toMatch(
      /^Base node:20\.20-alpine \(135\.0 MB, a typical size: estimate\) instead of node:20\.20-bookworm-slim/,
    );
    const bytes = out.savings.map((s) => s.bytes);
    expect(bytes).toEqual([...bytes].sort((a, b) => b - a));
    expect(out.savings[0].kind).toBe('smaller-base');

    const text = (result.content as { text: string }[])[0].text;
    expect(text.startsWith(out.conclusion)).toBe(true);
    expect(out.conclusion).toMatch(
      new RegExp(
        `^${percent}% of [\\d.]+ MB is the base image node:20\\.20-bookworm-slim; the app adds [\\d.]+ MB in 5 layers\\. Largest saving \\([\\d.]+ MB, estimate\\): Base node:20\\.20-alpine`,
      ),
    );
  }, 120_000);
});
