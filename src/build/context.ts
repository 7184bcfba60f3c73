import { createReadStream, type Stats } from 'node:fs';
import { lstat, readdir, readFile, readlink } from 'node:fs/promises';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { IgnoreMatcher, parseDockerignore } from './dockerignore.js';

/** Files up to this size are read whole; larger ones are streamed into the tar. */
const SMALL_FILE = 256 * 1024;

export interface ContextStats {
  files: number;
  bytes: number;
}

export interface PackedContext {
  /** An uncompressed tar of the context, produced as it is read. */
  stream: Readable;
  /** Resolves when the whole context has been written to the stream. */
  done: Promise<ContextStats>;
}

/**
 * The ignore file Docker reads: `<Dockerfile>.dockerignore` beside the Dockerfile when it
 * exists (BuildKit's per-Dockerfile file), else `.dockerignore` at the context root.
 */
export async function loadIgnoreMatcher(
  contextDir: string,
  dockerfile: string,
  dockerfileInContext?: string,
) {
  const candidates = [`${dockerfile}.dockerignore`, path.join(contextDir, '.dockerignore')];
  for (const candidate of candidates) {
    const text = await readFile(candidate, 'utf8').catch(() => undefined);
    if (text !== undefined) {
      const alwaysSend = ['.dockerignore', ...(dockerfileInContext ? [dockerfileInContext] : [])];
      return new IgnoreMatcher(parseDockerignore(text), alwaysSend);
    }
  }
  return new IgnoreMatcher([]);
}

interface WalkedEntry {
  name: string;
  info: Stats;
}

async function* walk(root: string, matcher: IgnoreMatcher, relative = ''): AsyncGenerator<WalkedEntry> {
  const names = (await readdir(path.join(root, relative))).sort();
  const entries = names.map((name) => (relative ? `${relative}/${name}` : name));
  const infos = await Promise.all(entries.map((entry) => lstat(path.join(root, entry))));
  for (const [index, name] of entries.entries()) {
    const info = infos[index];
    const excluded = matcher.isExcluded(name);
    if (info.isDirectory()) {
      if (!excluded) yield { name, info };
      if (!excluded || matcher.mayReincludeUnder(name)) yield* walk(root, matcher, name);
    } else if (!excluded) {
      yield { name, info };
    }
  }
}

/** Starts reading small files a few entries ahead of the tar writer, which waits for each in turn. */
async function* readAhead(
  root: string,
  entries: AsyncGenerator<WalkedEntry>,
  window: number,
): AsyncGenerator<WalkedEntry & { content?: Promise<Buffer> }> {
  const queue: (WalkedEntry & { content?: Promise<Buffer> })[] = [];
  for await (const entry of entries) {
    const small = entry.info.isFile() && entry.info.size <= SMALL_FILE;
    const content = small ? readFile(path.join(root, entry.name)) : undefined;
    content?.catch(() => {});
    queue.push({ ...entry, content });
    if (queue.length >= window) yield queue.shift()!;
  }
  yield* queue;
}

/**
 * Tars the context folder as a stream, applying the ignore rules. Owners are written as
 * root and entries in name order, as the docker CLI does, so BuildKit's cache keys match.
 * Security: symbolic links are stored as links, never followed, so nothing outside the
 * context is read.
 */
export async function packContext(
  contextDir: string,
  matcher: IgnoreMatcher,
  extraFiles: { name: string; content: Buffer }[] = [],
): Promise<PackedContext> {
  const tar = await import('tar-stream');
  const pack = tar.pack();
  const write = async (): Promise<ContextStats> => {
    const stats: ContextStats = { files: 0, bytes: 0 };
    for await (const { name, info, content: pending } of readAhead(
      contextDir,
      walk(contextDir, matcher),
      32,
    )) {
      const absolute = path.join(contextDir, name);
      const header = { name, mode: info.mode & 0o7777, mtime: info.mtime, uid: 0, gid: 0 };
      if (info.isDirectory()) {
        pack.entry({ ...header, type: 'directory' });
      } else if (info.isSymbolicLink()) {
        pack.entry({ ...header, type: 'symlink', linkname: await readlink(absolute) });
      } else if (pending) {
        const content = await pending;
        await new Promise<void>((resolve, reject) =>
          pack.entry({ ...header, type: 'file', size: content.length }, content, (error) =>
            error ? reject(error) : resolve(),
          ),
        );
        stats.files++;
        stats.bytes += info.size;
      } else if (info.isFile()) {
        const sink = pack.entry({ ...header, type: 'file', size: info.size });
        await pipeline(createReadStream(absolute), sink);
        stats.files++;
        stats.bytes += info.size;
      }
    }
    for (const extra of extraFiles) {
      pack.entry({ name: extra.name, mode: 0o644, uid: 0, gid: 0, type: 'file' }, extra.content);
    }
    pack.finalize();
    return stats;
  };
  const done = write().catch((error: Error) => {
    pack.destroy(error);
    throw error;
  });
  done.catch(() => {});
  return { stream: pack as unknown as Readable, done };
}
