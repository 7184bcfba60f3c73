import type { Readable } from 'node:stream';
import { ToolError } from '../errors.js';

export type LayerEntryType = 'file' | 'directory' | 'symlink' | 'hardlink' | 'whiteout' | 'opaque' | 'other';

/** One entry of one layer. A whiteout's path is the path it deletes; an opaque's is the directory it empties. */
export interface LayerEntry {
  /** The layer's key: its path inside the export (`<id>/layer.tar` or `blobs/sha256/<hex>`). */
  layer: string;
  /** Relative to the image root, without a leading `./` or `/`. */
  path: string;
  type: LayerEntryType;
  size: number;
  mode: number;
  linkTarget?: string;
}

export type EntryDecision = 'skip' | 'read' | 'stream';

export interface WalkOptions {
  /** Sees every entry; for a regular file, decides: skip it, read it (capped), or hand its bytes to onStream. */
  onEntry?(entry: LayerEntry): EntryDecision | undefined;
  /** A read file; `content` holds at most maxReadBytes (compare its length with entry.size). */
  onFile?(entry: LayerEntry, content: Buffer): void | Promise<void>;
  /** A streamed file; bytes it leaves unread are drained by the walker. */
  onStream?(entry: LayerEntry, chunks: AsyncIterable<Buffer>): Promise<void>;
  maxReadBytes?: number;
  signal?: AbortSignal;
  /**
   * Asked as each layer's tar begins, with its key and its size in the export; true passes
   * over its bytes unread (onEntry never sees them).
   */
  skipLayer?(key: string, tarBytes: number): boolean;
  /** Hash each layer read: its `sha256` is then its diff id (the digest of its uncompressed tar). */
  hashLayers?: boolean;
  /**
   * Asked after each layer, in the order of the export; true ends the walk there (the rest of
   * the export is not read) with `stoppedEarly`, the layers so far, and no manifest or config.
   */
  stopAfter?(layer: WalkedLayer): boolean;
}

export interface ImageHistoryStep {
  createdBy?: string;
  created?: string;
  comment?: string;
}

export interface WalkedLayer {
  key: string;
  index: number;
  diffId?: string;
  /** The history step (Dockerfile instruction) that made this layer. */
  step?: ImageHistoryStep;
  entries: number;
  /** Sum of the sizes of the layer's files, uncompressed. */
  fileBytes: number;
  compression: 'none' | 'gzip';
  /** The layer's size in the export, as stored there (compressed or not). */
  tarBytes: number;
  /** Passed over unread (skipLayer): its counts are zero. */
  skipped?: boolean;
  /** `sha256:<hex>` of its uncompressed bytes (with hashLayers). */
  sha256?: string;
}

export interface ImageConfigFile {
  architecture?: string;
  os?: string;
  config?: Record<string, unknown>;
  rootfs?: { diff_ids?: string[] };
  history?: { created_by?: string; created?: string; comment?: string; empty_layer?: boolean }[];
}

export interface WalkResult {
  repoTags: string[];
  config: ImageConfigFile;
  /** In image order, base layer first; when stopped early, in the order of the export. */
  layers: WalkedLayer[];
  /** The walk ended at stopAfter's word: no manifest or config was read. */
  stoppedEarly?: boolean;
}

interface ManifestEntry {
  Config: string;
  RepoTags?: string[] | null;
  Layers: string[];
}

interface LayerStats {
  entries: number;
  fileBytes: number;
  compression: 'none' | 'gzip';
  tarBytes: number;
  skipped?: boolean;
  sha256?: string;
}

const smallJsonLimit = 16 * 1024 * 1024;

function entryType(header: { type?: string }, base: string): LayerEntryType {
  if (base === '.wh..wh..opq') return 'opaque';
  if (base.startsWith('.wh.')) return 'whiteout';
  switch (header.type) {
    case 'file':
    case 'contiguous-file':
      return 'file';
    case 'directory':
      return 'directory';
    case 'symlink':
      return 'symlink';
    case 'link':
      return 'hardlink';
    default:
      return 'other';
  }
}

function normalisePath(name: string): string {
  return name.replace(/^(\.\/|\/)+/, '').replace(/\/+$/, '');
}

function describeEntry(layer: string, header: import('tar-stream').Header): LayerEntry {
  const full = normalisePath(header.name);
  const slash = full.lastIndexOf('/');
  const dir = slash < 0 ? '' : full.slice(0, slash);
  const base = full.slice(slash + 1);
  const type = entryType(header, base);
  const join = (name: string) => (dir ? `${dir}/${name}` : name);
  const path = type === 'opaque' ? dir : type === 'whiteout' ? join(base.slice('.wh.'.length)) : full;
  const linkTarget = header.linkname ?? undefined;
  return { layer, path, type, size: header.size ?? 0, mode: header.mode ?? 0, linkTarget };
}

async function collect(chunks: AsyncIterable<Buffer>, limit: number): Promise<Buffer> {
  const parts: Buffer[] = [];
  let length = 0;
  for await (const chunk of chunks) {
    if (length >= limit) continue;
    parts.push(chunk);
    length += chunk.length;
  }
  return Buffer.concat(parts).subarray(0, limit);
}

/** Reads the first bytes of a stream without losing them: returns them and a stream of everything. */
async function sniff(
  source: AsyncIterable<Buffer>,
  bytes: number,
): Promise<{ head: Buffer; all: AsyncIterable<Buffer> }> {
  const iterator = source[Symbol.asyncIterator]();
  const seen: Buffer[] = [];
  let length = 0;
  while (length < bytes) {
    const next = await iterator.next();
    if (next.done) break;
    seen.push(next.value);
    length += next.value.length;
  }
  async function* all() {
    yield* seen;
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) yield next.value;
  }
  return { head: Buffer.concat(seen), all: all() };
}

/** tar-stream's entries are streamx Readables, which iterate as Buffers. */
function bytesOf(source: unknown): AsyncIterable<Buffer> {
  return source as AsyncIterable<Buffer>;
}

function checkAborted(signal?: AbortSignal) {
  if (signal?.aborted) throw new ToolError('CANCELLED', 'The image walk was cancelled.');
}

async function walkLayer(
  key: string,
  chunks: AsyncIterable<Buffer>,
  options: WalkOptions,
): Promise<Omit<LayerStats, 'tarBytes'>> {
  const { Readable: NodeReadable, Transform } = await import('node:stream');
  const { createGunzip } = await import('node:zlib');
  const { createHash } = await import('node:crypto');
  const tar = await import('tar-stream');
  const { head, all } = await sniff(chunks, 512);
  const gzip = head[0] === 0x1f && head[1] === 0x8b;
  if (head[0] === 0x28 && head[1] === 0xb5 && head[2] === 0x2f && head[3] === 0xfd) {
    throw new ToolError(
      'INVALID_ARGUMENT',
      `Layer "${key}" is zstd-compressed, which Node 20 cannot decompress.`,
      'Rebuild the image with gzip or uncompressed layers, or scan it with Trivy.',
    );
  }
  const raw = NodeReadable.from(all);
  const extract = tar.extract();
  const uncompressed = gzip ? raw.pipe(createGunzip()) : raw;
  const hash = options.hashLayers ? createHash('sha256') : undefined;
  const source = hash
    ? uncompressed.pipe(
        new Transform({
          transform(chunk: Buffer, _encoding, done) {
            hash.update(chunk);
            done(null, chunk);
          },
        }),
      )
    : uncompressed;
  for (const stream of new Set([uncompressed, source])) stream.on('error', (error) => extract.destroy(error));
  source.pipe(extract);
  const stats: Omit<LayerStats, 'tarBytes'> = {
    entries: 0,
    fileBytes: 0,
    compression: gzip ? 'gzip' : 'none',
  };
  const limit = options.maxReadBytes ?? 1024 * 1024;
  for await (const tarEntry of extract) {
    checkAborted(options.signal);
    const entry = describeEntry(key, tarEntry.header);
    stats.entries++;
    if (entry.type === 'file') stats.fileBytes += entry.size;
    const wanted = options.onEntry?.(entry);
    const decision = entry.type === 'file' ? wanted : undefined;
    if (decision === 'read') await options.onFile?.(entry, await collect(bytesOf(tarEntry), limit));
    else if (decision === 'stream') await streamEntry(entry, bytesOf(tarEntry), options);
    else tarEntry.resume();
  }
  return hash ? { ...stats, sha256: `sha256:${hash.digest('hex')}` } : stats;
}

/** Lets onStream stop reading early without destroying the tar stream; the rest is drained here. */
async function streamEntry(entry: LayerEntry, chunks: AsyncIterable<Buffer>, options: WalkOptions) {
  const iterator = chunks[Symbol.asyncIterator]();
  const view: AsyncIterable<Buffer> = {
    [Symbol.asyncIterator]: () => ({
      next: () => iterator.next(),
      return: async () => ({ done: true as const, value: undefined }),
    }),
  };
  await options.onStream?.(entry, view);
  while (!(await iterator.next()).done) {}
}

function isLayerCandidate(name: string): boolean {
  return name.endsWith('/layer.tar') || name.startsWith('blobs/');
}

/**
 * Walks a `docker save` export (legacy or OCI layout) as a stream: every entry of every
 * layer passes through the callbacks once and nothing but small JSON files is kept, so
 * an image of any size walks in constant memory. Layer order and history come from
 * manifest.json and the config, which may arrive last, and are applied at the end.
 */
export async function walkImage(stream: Readable, options: WalkOptions = {}): Promise<WalkResult> {
  const tar = await import('tar-stream');
  const outer = tar.extract();
  stream.on('error', (error) => outer.destroy(error));
  stream.pipe(outer);
  const jsonFiles = new Map<string, Buffer>();
  const layerStats = new Map<string, LayerStats>();
  const aliases = new Map<string, string>();
  for await (const tarEntry of outer) {
    checkAborted(options.signal);
    const name = normalisePath(tarEntry.header.name);
    const size = tarEntry.header.size ?? 0;
    if (tarEntry.header.type === 'symlink' && isLayerCandidate(name) && tarEntry.header.linkname) {
      const dir = name.slice(0, name.lastIndexOf('/') + 1);
      aliases.set(name, normalisePath(new URL(tarEntry.header.linkname, `file:///${dir}`).pathname));
    } else if (tarEntry.header.type === 'file' && isLayerCandidate(name)) {
      const { head, all } = await sniff(bytesOf(tarEntry), 512);
      const looksLikeJson = head.subarray(0, 1).toString() === '{' || head.subarray(0, 1).toString() === '[';
      if (looksLikeJson && size <= smallJsonLimit) jsonFiles.set(name, await collect(all, smallJsonLimit));
      else if (!looksLikeJson) {
        const skip = options.skipLayer?.(name, size);
        if (skip) for await (const _ of all);
        const stats: LayerStats = skip
          ? { entries: 0, fileBytes: 0, compression: 'none', tarBytes: size, skipped: true }
          : { ...(await walkLayer(name, all, options)), tarBytes: size };
        layerStats.set(name, stats);
        if (options.stopAfter?.({ key: name, index: layerStats.size - 1, ...stats })) {
          stream.destroy();
          outer.destroy();
          const layers = [...layerStats].map(([key, layer], index) => ({ key, index, ...layer }));
          return { repoTags: [], config: {}, layers, stoppedEarly: true };
        }
      }
    } else if (tarEntry.header.type === 'file' && name.endsWith('.json') && size <= smallJsonLimit) {
      jsonFiles.set(name, await collect(bytesOf(tarEntry), smallJsonLimit));
    }
    tarEntry.resume();
  }
  return assemble(jsonFiles, layerStats, aliases);
}

function parseJson<T>(files: Map<string, Buffer>, name: string): T {
  const content = files.get(name);
  if (!content) {
    throw new ToolError(
      'PARSE_ERROR',
      `The image export has no "${name}".`,
      'Export the image again with `docker save`.',
    );
  }
  return JSON.parse(content.toString('utf8')) as T;
}

function assemble(
  files: Map<string, Buffer>,
  stats: Map<string, LayerStats>,
  aliases: Map<string, string>,
): WalkResult {
  const [manifest] = parseJson<ManifestEntry[]>(files, 'manifest.json');
  if (!manifest) throw new ToolError('PARSE_ERROR', 'The image export has an empty manifest.json.');
  const config = parseJson<ImageConfigFile>(files, normalisePath(manifest.Config));
  const diffIds = config.rootfs?.diff_ids ?? [];
  const steps = (config.history ?? []).filter((step) => !step.empty_layer);
  const layers = manifest.Layers.map((raw, index): WalkedLayer => {
    const key = aliases.get(normalisePath(raw)) ?? normalisePath(raw);
    const layerStat = stats.get(key) ?? {
      entries: 0,
      fileBytes: 0,
      compression: 'none' as const,
      tarBytes: 0,
    };
    const step = steps.length === manifest.Layers.length ? steps[index] : undefined;
    return {
      key,
      index,
      diffId: diffIds[index],
      step: step && { createdBy: step.created_by, created: step.created, comment: step.comment },
      ...layerStat,
    };
  });
  return { repoTags: manifest.RepoTags ?? [], config, layers };
}
