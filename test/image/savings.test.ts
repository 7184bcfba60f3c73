import { describe, expect, it } from 'vitest';
import type { ImageDetails } from '../../src/engine/types.js';
import type { LayerEntry } from '../../src/image/layers.js';
import { devPackageBytes, isAppManifest, NodeDevPackages } from '../../src/image/node-dev-packages.js';
import { findSavings } from '../../src/image/savings.js';
import { smallerBase } from '../../src/image/smaller-base.js';
import { fakeEngine } from '../helpers/fake-engine.js';

const MB = 1_000_000;
const file = (path: string, layer = 'l1'): LayerEntry => ({
  layer,
  path,
  type: 'file',
  size: 0,
  mode: 0o644,
});
const json = (value: unknown) => Buffer.from(JSON.stringify(value));

describe('smallerBase', () => {
  it('offers the alpine variant of the same version, as an estimate when the engine lacks it', async () =>
    expect(
      await smallerBase(fakeEngine(), { ref: 'python:3.12-slim-bookworm', sizeBytes: 150 * MB }),
    ).toEqual({
      image: 'python:3.12-alpine',
      sizeBytes: 55 * MB,
      estimate: true,
      why: 'musl-based Python (pure-Python wheels only)',
    }));
  it('measures the alternative when the engine has it', async () => {
    const engine = fakeEngine({
      inspectImage: async (ref: string) => {
        if (ref !== 'node:22-alpine') throw new Error('absent');
        return { id: 'sha256:a', size: 160 * MB } as ImageDetails;
      },
    });
    expect(await smallerBase(engine, { ref: 'node:22', sizeBytes: 1100 * MB })).toMatchObject({
      image: 'node:22-alpine',
      sizeBytes: 160 * MB,
      estimate: false,
    });
  });
  it('has nothing smaller for an alpine, busybox or unknown base', async () => {
    for (const ref of ['node:20-alpine', 'busybox:latest', 'example.com/team/base:1'])
      expect(await smallerBase(fakeEngine(), { ref, sizeBytes: 500 * MB })).toBeUndefined();
  });
  it('sends a Go runtime to a static base', async () =>
    expect(
      (await smallerBase(fakeEngine(), { ref: 'golang:1.19-bookworm', sizeBytes: 748 * MB }))?.image,
    ).toBe('gcr.io/distroless/static-debian12'));
});

describe('dev packages', () => {
  it('reads only app manifests and the record of what npm installed', () => {
    expect(isAppManifest(file('app/package.json'))).toBe(true);
    expect(isAppManifest(file('app/node_modules/.package-lock.json'))).toBe(true);
    expect(isAppManifest(file('app/node_modules/x/package.json'))).toBe(false);
    expect(isAppManifest(file('app/node_modules/x/node_modules/.package-lock.json'))).toBe(false);
  });

  it('trusts what npm installed over the devDependencies a prod package may also need', () => {
    const manifests = new NodeDevPackages();
    manifests.add(
      file('app/package.json'),
      json({ devDependencies: { '@types/node': '^20', vitest: '^3' } }),
    );
    manifests.add(
      file('app/node_modules/.package-lock.json'),
      json({ packages: { 'node_modules/@types/node': {}, 'node_modules/vitest': { dev: true } } }),
    );
    const folders = manifests.devFolders(() => true);
    expect([...folders]).toEqual(['app/node_modules/vitest']);
    const files: [string, { size: number; layerIndex: number }][] = [
      ['app/node_modules/vitest/dist/index.js', { size: 3 * MB, layerIndex: 2 }],
      ['app/node_modules/vitest/node_modules/chai/index.js', { size: 1 * MB, layerIndex: 2 }],
      ['app/node_modules/@types/node/index.d.ts', { size: 2 * MB, layerIndex: 2 }],
    ];
    expect(devPackageBytes(folders, files, 1)).toEqual({ bytes: 4 * MB, packages: 1 });
    expect(devPackageBytes(folders, files, 3)).toEqual({ bytes: 0, packages: 0 });
  });

  it('falls back to devDependencies without a lockfile', () => {
    const manifests = new NodeDevPackages();
    manifests.add(file('package.json'), json({ devDependencies: { typescript: '^5' } }));
    expect([...manifests.devFolders(() => true)]).toEqual(['node_modules/typescript']);
  });
});

describe('findSavings', () => {
  it('orders by bytes saved, counts only the app layers and drops what saves under 1 MB', () => {
    const files: [string, { size: number; layerIndex: number }][] = [
      ['var/lib/apt/lists/deb_Packages', { size: 2 * MB, layerIndex: 1 }],
      ['var/cache/apt/archives/gcc.deb', { size: 9 * MB, layerIndex: 0 }],
      ['usr/lib/gcc/x86_64-linux-gnu/12/cc1', { size: 30 * MB, layerIndex: 1 }],
      ['root/.npm/_cacache/index', { size: 0.5 * MB, layerIndex: 1 }],
    ];
    const savings = findSavings({
      files: () => files,
      firstAppLayer: 1,
      devPackages: { bytes: 0.4 * MB, packages: 1 },
      overwritten: { bytes: 5 * MB, worstPath: 'app/data.bin' },
    });
    expect(savings.map((s) => [s.kind, s.bytes])).toEqual([
      ['build-toolchain', 30 * MB],
      ['overwritten-files', 5 * MB],
      ['package-cache', 2.5 * MB],
    ]);
    expect(savings[2].advice).toMatch(
      /^Package caches \(apt, npm\/yarn\/pnpm\): .*\(apt-get clean && rm -rf \/var\/lib\/apt\/lists\/\*; npm cache clean --force\)\.$/,
    );
  });
});
