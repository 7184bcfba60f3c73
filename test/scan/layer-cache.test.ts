import { createHash } from 'node:crypto';
import { chmodSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

vi.setConfig({ testTimeout: 300_000 });

import type { DockerEngine } from '../../src/engine/types.js';
import { readImageContents } from '../../src/scan/image-contents.js';
import { LayerCache, type LayerFindings } from '../../src/scan/layer-cache.js';
import { removeLabelled, requireEngine } from '../helpers/docker.js';
import { legacyExport, ociExport, tarOf } from '../helpers/image-export.js';
import { tempTrees } from '../helpers/temp-tree.js';
import { freshPrivateKey, imageWithDeletedKey, nodeImageWithModules } from './helpers/images.js';

const tree = tempTrees('dockwright-layer-cache-');
const diffId = (digit: string) => `sha256:${digit.repeat(64)}`;
const findings: LayerFindings = {
  packages: [['var/lib/dpkg/status', [{ name: 'bash', version: '5.2', ecosystem: 'deb' }]]],
  osFiles: [['etc/os-release', { family: 'debian', version: '12' }]],
  whiteouts: ['root/.ssh/id_rsa'],
  opaques: [],
};

/** The same engine, counting image exports: a cached scan must not export. */
function countingExports(engine: DockerEngine) {
  const counter = { exports: 0 };
  const wrapped = Object.create(engine) as DockerEngine;
  wrapped.exportImage = (ref: string) => {
    counter.exports++;
    return engine.exportImage(ref);
  };
  return { engine: wrapped, counter };
}

describe('LayerCache', () => {
  it('gives back what was put, keyed by diff id, and an entry without secrets only to a read without them', () => {
    const cache = new LayerCache(tree({}));
    expect(cache.get(diffId('a'), false)).toBeUndefined();
    cache.put(diffId('a'), findings);
    expect(cache.get(diffId('a'), false)).toEqual(findings);
    expect(cache.get(diffId('a'), true)).toBeUndefined();
    cache.put(diffId('b'), { ...findings, secrets: [] });
    expect(cache.get(diffId('b'), true)).toEqual({ ...findings, secrets: [] });
    expect(cache.get(diffId('b'), false)).toEqual({ ...findings, secrets: [] });
  });

  it('treats a corrupt or foreign entry as a miss and removes it', () => {
    const root = tree({});
    const cache = new LayerCache(root);
    cache.put(diffId('c'), findings);
    const [versionDir] = readdirSync(path.join(root, 'scan-layers'));
    const file = path.join(root, 'scan-layers', versionDir, `${'c'.repeat(64)}.json`);
    writeFileSync(file, '{"packages": [');
    expect(cache.get(diffId('c'), false)).toBeUndefined();
    writeFileSync(file, '{"packages": "all of them"}');
    expect(cache.get(diffId('c'), false)).toBeUndefined();
    expect(readdirSync(path.dirname(file))).toEqual([]);
  });

  it('refuses keys that are not diff ids, so no key can name a path outside the cache', () => {
    const root = tree({});
    const cache = new LayerCache(root);
    cache.put('sha256:../../escape', findings);
    cache.put('latest', findings);
    expect(readdirSync(root)).toEqual([]);
    expect(cache.get('sha256:../../escape', false)).toBeUndefined();
  });

  it('never fails a scan when it cannot write', () => {
    const root = tree({});
    mkdirSync(path.join(root, 'scan-layers'));
    chmodSync(path.join(root, 'scan-layers'), 0o500);
    const cache = new LayerCache(root);
    try {
      expect(() => cache.put(diffId('d'), findings)).not.toThrow();
    } finally {
      chmodSync(path.join(root, 'scan-layers'), 0o700);
    }
  });
});

const digestOf = (layer: Buffer) => `sha256:${createHash('sha256').update(layer).digest('hex')}`;

/**
 * Images made here over layers made here: inspect gives their diff ids, the export their
 * bytes, in 512-byte chunks so that how much of an export was read can be told.
 */
function fakeEngine(format: 'legacy' | 'oci', images: Record<string, Buffer[]>) {
  const counter = { exports: 0, chunksSent: 0, chunksInExports: 0 };
  const engine = {
    inspectImage: async (ref: string) => ({ id: ref, layers: images[ref].map(digestOf) }),
    exportImage: async (ref: string) => {
      counter.exports++;
      const layers = images[ref];
      const diffIds = layers.map(digestOf);
      const hex = diffIds.map((id) => id.slice('sha256:'.length));
      const bytes = await (format === 'oci'
        ? ociExport(layers, diffIds, hex)
        : legacyExport(layers, diffIds));
      const chunks = Array.from({ length: Math.ceil(bytes.length / 512) }, (_, i) =>
        bytes.subarray(i * 512, (i + 1) * 512),
      );
      counter.chunksInExports += chunks.length;
      return Readable.from(
        (function* () {
          for (const chunk of chunks) {
            counter.chunksSent++;
            yield chunk;
          }
        })(),
      );
    },
  } as unknown as DockerEngine;
  return { engine, counter };
}

const dpkg = (name: string) =>
  `Package: ${name}\nStatus: install ok installed\nVersion: 1.0\nArchitecture: amd64\n\n`;

describe('layers known from earlier scans, inside an export', () => {
  for (const format of ['legacy', 'oci'] as const) {
    it(`passes by the known layers of a ${format} export unread, and answers as a full read does`, async () => {
      const base = await tarOf([{ name: 'etc/os-release', content: 'ID=debian\nVERSION_ID=12\n' }]);
      const app = (name: string) =>
        tarOf([
          { name: 'var/lib/dpkg/status', content: dpkg(name) },
          { name: 'app/.env', content: 'API_TOKEN=s3cr3t-value-123\n' },
        ]);
      const { engine, counter } = fakeEngine(format, {
        one: [base, await app('curl')],
        two: [base, await app('wget-longer-name')],
      });
      const cache = new LayerCache(tree({}));
      await readImageContents(engine, 'one', { cache, secrets: true });
      const partly = await readImageContents(engine, 'two', { cache, secrets: true });
      const full = await readImageContents(engine, 'two', { secrets: true });
      expect(counter.exports).toBe(3);
      expect(partly.layersRead).toBe(1);
      expect(full.layersRead).toBe(2);
      expect({ ...partly, layersRead: 0 }).toEqual({ ...full, layersRead: 0 });
      expect(partly.os).toEqual({ family: 'debian', version: '12' });
      expect(partly.packages.map((p) => p.name)).toEqual(['wget-longer-name']);
      expect(partly.secrets.map((secret) => secret.target)).toEqual(['/app/.env']);
    });
  }

  it('stops reading the export once every layer it did not know has been read', async () => {
    const base = await tarOf([{ name: 'etc/os-release', content: `ID=debian\n${'#'.repeat(200_000)}\n` }]);
    const top = (name: string) => tarOf([{ name: 'var/lib/dpkg/status', content: dpkg(name) }]);
    // The legacy export here lists the top layer first, as docker save may (it lists by id).
    const { engine, counter } = fakeEngine('legacy', {
      one: [base, await top('curl')],
      two: [base, await top('wget')],
    });
    const cache = new LayerCache(tree({}));
    await readImageContents(engine, 'one', { cache });
    const sentBefore = counter.chunksSent;
    const inExportsBefore = counter.chunksInExports;
    const two = await readImageContents(engine, 'two', { cache });
    expect(two.packages.map((p) => p.name)).toEqual(['wget']);
    expect(two.os).toEqual({ family: 'debian' });
    expect(counter.chunksSent - sentBefore).toBeLessThan((counter.chunksInExports - inExportsBefore) / 2);
  });

  it('reads every layer again when a new layer was taken for a known one of the same size', async () => {
    // Legacy exports name layers by an id of their own, so a known layer is recognised by its size.
    const known = await tarOf([{ name: 'var/lib/dpkg/status', content: dpkg('aaaa') }]);
    const lookalike = await tarOf([{ name: 'var/lib/dpkg/status', content: dpkg('bbbb') }]);
    expect(lookalike.length).toBe(known.length);
    const { engine, counter } = fakeEngine('legacy', { one: [known], two: [known, lookalike] });
    const cache = new LayerCache(tree({}));
    await readImageContents(engine, 'one', { cache });
    const two = await readImageContents(engine, 'two', { cache });
    // The lookalike was passed by as the known layer, so the export ended with it unread.
    expect(counter.exports).toBe(3);
    expect(two.packages.map((p) => p.name)).toEqual(['bbbb']);
    expect(two.layersRead).toBe(2);
  });
});

describe('the built-in scanner with the layer cache, on the real engine', () => {
  beforeAll(() => requireEngine());
  afterAll(() => removeLabelled(undefined, true));

  it('scans an image again without exporting it, with the same packages, OS and secrets', async () => {
    const key = freshPrivateKey();
    const image = await imageWithDeletedKey(key.pem);
    const { engine, counter } = countingExports(await requireEngine());
    const cache = new LayerCache(tree({}));

    const uncached = await readImageContents(engine, image, { secrets: true });
    const first = await readImageContents(engine, image, { secrets: true, cache });
    expect(counter.exports).toBe(2);
    const again = await readImageContents(engine, image, { secrets: true, cache });
    expect(counter.exports).toBe(2);
    expect(again.layersRead).toBe(0);
    expect(again.layersTotal).toBe(first.layersTotal);

    for (const result of [first, again]) {
      expect(result.packages).toEqual(uncached.packages);
      expect(result.os).toEqual(uncached.os);
      expect(result.secrets).toEqual(uncached.secrets);
    }
    // The deleted key still ships in its layer, and the cached answer still says so.
    expect(again.secrets.some((s) => s.target === '/root/.ssh/id_rsa' && s.deletedLater)).toBe(true);
    expect(JSON.stringify(again)).not.toContain(key.body.slice(0, 40));
  });

  it('reads an image that shares only its base layers, and gets what an uncached read gets', async () => {
    const cache = new LayerCache(tree({}));
    const { engine, counter } = countingExports(await requireEngine());
    const older = await nodeImageWithModules('1.1.3');
    const newer = await nodeImageWithModules('1.3.0');
    await readImageContents(engine, older, { cache });
    const partly = await readImageContents(engine, newer, { cache });
    expect(counter.exports).toBe(2);
    // The node base's layers are passed by; the app's new layers are read.
    expect(partly.layersRead).toBeGreaterThan(0);
    expect(partly.layersRead).toBeLessThan(partly.layersTotal);
    const uncached = await readImageContents(engine, newer, {});
    expect(partly.packages).toEqual(uncached.packages);
    expect(partly.packages.find((p) => p.name === 'left-pad')?.version).toBe('1.3.0');
    // An entry read without secrets does not answer a scan that wants them.
    await readImageContents(engine, newer, { cache, secrets: true });
    expect(counter.exports).toBe(4);
  });
});
