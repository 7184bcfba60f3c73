import { Readable } from 'node:stream';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { type LayerEntry, walkImage } from '../../src/image/layers.js';
import { legacyExport, ociExport, tarOf } from '../helpers/image-export.js';

async function twoLayers() {
  const base = await tarOf([
    { name: 'etc/', type: 'directory' },
    { name: 'etc/secret', content: 'top secret' },
    { name: 'etc/os-release', content: 'ID=debian\n' },
    { name: 'bin/sh', type: 'symlink', linkname: 'busybox' },
  ]);
  const top = await tarOf([
    { name: 'etc/.wh.secret', content: '' },
    { name: 'var/cache/.wh..wh..opq', content: '' },
  ]);
  return [base, top];
}

describe('walkImage', () => {
  for (const [format, make] of [
    ['legacy docker save', (layers: Buffer[]) => legacyExport(layers)],
    ['OCI layout with gzip layers', (layers: Buffer[]) => ociExport(layers.map((layer) => gzipSync(layer)))],
  ] as const) {
    it(`walks every entry of a ${format} export and orders layers by the manifest`, async () => {
      const entries: LayerEntry[] = [];
      const reads: Record<string, string> = {};
      const result = await walkImage(Readable.from(await make(await twoLayers())), {
        onEntry(entry) {
          entries.push(entry);
          return entry.path === 'etc/secret' ? 'read' : 'skip';
        },
        onFile(entry, content) {
          reads[entry.path] = content.toString();
        },
      });
      expect(result.repoTags).toEqual(['t:1']);
      expect(result.layers.map((layer) => layer.step?.createdBy)).toEqual([
        'ADD rootfs /',
        'RUN rm /etc/secret',
      ]);
      expect(result.layers.map((layer) => layer.diffId?.slice(0, 8))).toEqual(['sha256:0', 'sha256:1']);
      expect(result.layers[0].entries).toBe(4);
      expect(result.layers[0].fileBytes).toBe('top secret'.length + 'ID=debian\n'.length);
      expect(result.layers[1].compression).toBe(format.startsWith('OCI') ? 'gzip' : 'none');
      expect(reads).toEqual({ 'etc/secret': 'top secret' });
      const whiteouts = entries.filter((entry) => entry.type === 'whiteout' || entry.type === 'opaque');
      expect(
        whiteouts.map((entry) => [entry.type, entry.path, entry.layer === result.layers[1].key]),
      ).toEqual([
        ['whiteout', 'etc/secret', true],
        ['opaque', 'var/cache', true],
      ]);
    });
  }

  it('caps reads at maxReadBytes and lets a stream consumer stop early', async () => {
    const layer = await tarOf([
      { name: 'big', content: 'x'.repeat(5000) },
      { name: 'after', content: 'still walked' },
    ]);
    const seen: string[] = [];
    let firstChunk = 0;
    await walkImage(Readable.from(await legacyExport([layer])), {
      maxReadBytes: 100,
      onEntry: (entry) => (entry.path === 'big' ? 'stream' : 'read'),
      async onStream(_entry, chunks) {
        for await (const chunk of chunks) {
          firstChunk = chunk.length;
          break;
        }
      },
      onFile(entry, content) {
        seen.push(`${entry.path}:${content.toString()}`);
      },
    });
    expect(firstChunk).toBeGreaterThan(0);
    expect(seen).toEqual(['after:still walked']);
  });

  it('says what is missing when the export has no manifest', async () => {
    const broken = await tarOf([{ name: 'x.json', content: '{}' }]);
    await expect(walkImage(Readable.from(broken))).rejects.toThrow(/manifest\.json/);
  });
});
