/** Image exports made in memory, in both layouts `docker save` writes, for tests of the layer walker and the scanner. */
import type { Header } from 'tar-stream';

export type FileSpec = {
  name: string;
  content?: string;
  type?: 'file' | 'directory' | 'symlink';
  linkname?: string;
};

async function pack(
  entries: { header: Partial<Header> & { name: string }; content: Buffer }[],
): Promise<Buffer> {
  const tar = await import('tar-stream');
  const packer = tar.pack();
  for (const { header, content } of entries) packer.entry({ ...header, size: content.length }, content);
  packer.finalize();
  const chunks: Buffer[] = [];
  for await (const chunk of packer) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** A tar of the given entries, in order. */
export function tarOf(files: FileSpec[]): Promise<Buffer> {
  return pack(
    files.map((file) => ({
      header: { name: file.name, type: file.type ?? 'file', linkname: file.linkname ?? '' },
      content: Buffer.from(file.content ?? ''),
    })),
  );
}

const configFor = (diffIds: string[]) =>
  Buffer.from(
    JSON.stringify({
      architecture: 'amd64',
      rootfs: { type: 'layers', diff_ids: diffIds },
      history: [
        { created_by: 'ADD rootfs /' },
        { created_by: 'ENV A=1', empty_layer: true },
        { created_by: 'RUN rm /etc/secret' },
      ],
    }),
  );

/** Diff ids `sha256:000…`, `sha256:111…`: any 64 hex digits do, nothing checks them against the bytes. */
const madeUpDiffIds = (count: number) =>
  Array.from({ length: count }, (_, i) => `sha256:${String(i).repeat(64)}`);

const file = (name: string, content: Buffer) => ({ header: { name }, content });

/** A `docker save` export in the legacy layout: `<id>/layer.tar` per layer, listed by id, not in layer order. */
export function legacyExport(layers: Buffer[], diffIds = madeUpDiffIds(layers.length)): Promise<Buffer> {
  // The outer tar lists layers out of order, as docker save does (by id).
  const names = layers.map((_, i) => `${'fedcba'[i]}${'0'.repeat(63)}/layer.tar`);
  const manifest = [{ Config: 'cfg.json', RepoTags: ['t:1'], Layers: names }];
  return pack([
    ...layers.map((layer, i) => file(names[i], layer)).reverse(),
    file('cfg.json', configFor(diffIds)),
    file('manifest.json', Buffer.from(JSON.stringify(manifest))),
  ]);
}

/** A `docker save` export in the OCI layout; layer blobs are named by `blobNames` (default: made-up digests). */
export function ociExport(
  layers: Buffer[],
  diffIds = madeUpDiffIds(layers.length),
  blobNames = layers.map((_, i) => String(i + 1).repeat(64)),
): Promise<Buffer> {
  const names = blobNames.map((hex) => `blobs/sha256/${hex}`);
  const config = `blobs/sha256/${'c'.repeat(64)}`;
  const manifest = [{ Config: config, RepoTags: ['t:1'], Layers: names }];
  return pack([
    ...layers.map((layer, i) => file(names[i], layer)),
    file(config, configFor(diffIds)),
    file('manifest.json', Buffer.from(JSON.stringify(manifest))),
  ]);
}
