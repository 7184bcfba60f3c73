import type { LayerEntry } from './layers.js';

/** package-lock.json files of large apps run to a few MB; longer ones are read up to here. */
export const MANIFEST_READ_LIMIT = 8 * 1024 * 1024;

const MANIFEST = /(^|\/)(package\.json|package-lock\.json)$/;
/** npm 7+ records what it installed, with dev flags, in node_modules/.package-lock.json. */
const INSTALLED = /(^|\/)node_modules\/\.package-lock\.json$/;

/** An app's own package.json or lockfile, or the record of what npm installed. */
export function isAppManifest(entry: LayerEntry): boolean {
  if (entry.type !== 'file') return false;
  if (INSTALLED.test(entry.path))
    return !entry.path.slice(0, -'node_modules/.package-lock.json'.length).includes('node_modules/');
  return MANIFEST.test(entry.path) && !entry.path.includes('node_modules/');
}

interface Manifest {
  layer: string;
  content: Buffer;
}

/** The `node_modules/...` key of the package that owns a file, relative to its app folder. */
function packageKeyOf(relative: string): string | undefined {
  const parts = relative.split('/');
  let end = -1;
  for (let i = 0; i < parts.length - 1; i++) {
    if (parts[i] !== 'node_modules') continue;
    end = parts[i + 1]?.startsWith('@') ? i + 2 : i + 1;
  }
  return end < 0 || end >= parts.length - 1 ? undefined : parts.slice(0, end + 1).join('/');
}

function parse(content: Buffer | undefined): Record<string, unknown> | undefined {
  try {
    return content ? (JSON.parse(content.toString('utf8')) as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Collects the apps' manifests while the export streams by, then tells which installed
 * packages are dev-only: from the `dev` flags (transitive ones included) of what npm recorded
 * as installed, else of the lockfile, else the package.json devDependencies themselves.
 */
export class NodeDevPackages {
  private readonly manifests = new Map<string, Manifest[]>();

  add(entry: LayerEntry, content: Buffer): void {
    const versions = this.manifests.get(entry.path) ?? [];
    versions.push({ layer: entry.layer, content });
    this.manifests.set(entry.path, versions);
  }

  /** The dev package folders (`app/node_modules/x`) in the final image; `shown` picks the visible version. */
  devFolders(shown: (path: string, layer: string) => boolean): Set<string> {
    const visible = (path: string) =>
      parse(this.manifests.get(path)?.find((version) => shown(path, version.layer))?.content);
    const folders = new Set<string>();
    for (const path of this.manifests.keys()) {
      if (!path.endsWith('package.json') || path.endsWith('-lock.json')) continue;
      const dir = path.slice(0, -'package.json'.length);
      const installed =
        visible(`${dir}node_modules/.package-lock.json`) ?? visible(`${dir}package-lock.json`);
      const lock = installed?.packages as Record<string, { dev?: boolean }> | undefined;
      if (lock) {
        for (const [key, info] of Object.entries(lock)) if (key && info?.dev) folders.add(`${dir}${key}`);
        continue;
      }
      const devDependencies = visible(path)?.devDependencies as Record<string, string> | undefined;
      for (const name of Object.keys(devDependencies ?? {})) folders.add(`${dir}node_modules/${name}`);
    }
    return folders;
  }
}

/** Bytes of the visible files that belong to dev packages. */
export function devPackageBytes(
  folders: Set<string>,
  files: Iterable<[string, { size: number; layerIndex: number }]>,
  firstAppLayer: number,
): { bytes: number; packages: number } {
  if (folders.size === 0) return { bytes: 0, packages: 0 };
  let bytes = 0;
  const seen = new Set<string>();
  for (const [path, file] of files) {
    if (file.layerIndex < firstAppLayer || !path.includes('node_modules/')) continue;
    const key = packageKeyOf(path);
    const folder = key && [...ancestors(key)].find((candidate) => folders.has(candidate));
    if (!folder) continue;
    bytes += file.size;
    seen.add(folder);
  }
  return { bytes, packages: seen.size };
}

/** `a/node_modules/x/node_modules/y`, then `a/node_modules/x`: a nested package of a dev package is dev too. */
function* ancestors(key: string): Generator<string> {
  let current = key;
  while (current) {
    yield current;
    const cut = current.lastIndexOf('/node_modules/');
    current = cut < 0 ? '' : current.slice(0, cut);
  }
}

/** Reads a streamed file up to `limit` bytes; a longer one is returned cut (and fails to parse). */
export async function readCapped(chunks: AsyncIterable<Buffer>, limit: number): Promise<Buffer> {
  const parts: Buffer[] = [];
  let length = 0;
  for await (const chunk of chunks) {
    parts.push(chunk);
    length += chunk.length;
    if (length >= limit) break;
  }
  return Buffer.concat(parts).subarray(0, limit);
}
