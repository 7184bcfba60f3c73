import { Readable } from 'node:stream';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { type LayerEntry, walkImage } from '../../src/image/layers.js';

type FileSpec = {
  name: string;
  content?: string;
  type?: 'file' | 'directory' | 'symlink';
  linkname?: string;
};

async function tarOf(files: FileSpec[]): Promise<Buffer> {
  const tar = await import('tar-stream');
  const pack = tar.pack();
  for (const file of files) {
    const content = Buffer.from(file.content ?? '');
    pack.entry(
      { name: file.name, type: file.type ?? 'file', linkname: file.linkname ?? '', size: content.length },
      content,
    );
  }
  pack.finalize();
  const chunks: Buffer[] = [];
  for await (const chunk of pack) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

const configFor = (layers: number) =>
  JSON.stringify({
    architecture: 'amd64',
    rootfs: {
      type: 'layers',
      diff_ids: Array.from({ length: layers }, (_, i) => `sha256:${String(i).repeat(64)}`),
    },
    history: [
      { created_by: 'ADD rootfs /' },
      { created_by: 'ENV A=1', empty_layer: true },
      { created_by: 'RUN rm /etc/secret' },
    ],
  });

async function legacyExport(layers: Buffer[]): Promise<Buffer> {
  // The outer tar lists layers out of order, as docker save does (by id).
  const names = layers.map((_, i) => `${'fedcba'[i]}${'0'.repeat(63)}/layer.tar`);
  const files: { name: string; content: string | Buffer }[] = layers
    .map((layer, i) => ({ name: names[i], content: layer }))
    .reverse();
  files.push({ name: 'cfg.json', content: configFor(layers.length) });
  files.push({
    name: 'manifest.json',
    content: JSON.stringify([{ Config: 'cfg.json', RepoTags: ['t:1'], Layers: names }]),
  });
  const tar = await import('tar-stream');
  const pack = tar.pack();
  for (const file of files)
    pack.entry({ name: file.name, size: Buffer.byteLength(file.content) }, file.content);
  pack.finalize();
  const chunks: Buffer[] = [];
  for await (const chunk of pack) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

async function ociExport(layers: Buffer[]): Promise<Buffer> {
  const names = layers.map((_, i) => `blobs/sha256/${String(i + 1).repeat(64)}`);
  const files = layers.map((layer, i) => ({ name: names[i], content: layer }));
  files.push({ name: `blobs/sha256/${'c'.repeat(64)}`, content: Buffer.from(configFor(layers.length)) });
  const manifest = [{ Config: `blobs/sha256/${'c'.repeat(64)}`, RepoTags: ['t:1'], Layers: names }];
  files.push({ name: 'manifest.json', content: Buffer.from(JSON.stringify(manifest)) });
  const tar = await import('tar-stream');
  const pack = tar.pack();
  for (const file of files) pack.entry({ name: file.name, size: file.content.length }, file.content);
  pack.finalize();
  const chunks: Buffer[] = [];
  for await (const chunk of pack) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

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
