import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { processLocation, userCacheDirectory } from '../user-directories.js';
import { VERSION } from '../version.js';
import type { Package } from './model.js';
import type { OsInfo } from './os-release.js';
import type { SecretMatch } from './secrets/scan-text.js';

/**
 * What the built-in scanner found in one layer. It depends on the layer's bytes alone, so it
 * is kept under the layer's diff id (the sha256 of its uncompressed tar) and serves every image
 * that has the layer: a base image's layers are read once, not once per app built on them.
 */
export interface LayerFindings {
  /** Package files and Go binaries, by path: the packages each one lists. */
  packages: [string, Package[]][];
  osFiles: [string, OsInfo][];
  whiteouts: string[];
  opaques: string[];
  /** Secrets (masked) by path; absent when the layer was read without looking for them. */
  secrets?: [string, SecretMatch[]][];
  /** The layer's size in a docker save export, by which a later export's unnamed layer is recognised. */
  tarBytes?: number;
}

/** Raised when what the scanner reads from a layer changes, so older entries are never used. */
const FORMAT = 1;
/** Entries beyond this many are pruned, oldest first (a base image has 1-10 layers). */
const MAX_ENTRIES = 2000;

const isDiffId = (value: string) => /^sha256:[0-9a-f]{64}$/.test(value);

function isFindings(value: unknown): value is LayerFindings {
  const v = value as LayerFindings;
  return (
    typeof v === 'object' &&
    v !== null &&
    [v.packages, v.osFiles, v.whiteouts, v.opaques].every(Array.isArray) &&
    (v.secrets === undefined || Array.isArray(v.secrets))
  );
}

/**
 * A folder of one JSON file per layer. Best effort: a missing, unreadable or corrupt entry is
 * a miss and a failed write is ignored, so the cache can only make a scan faster, never fail it.
 * Entries hold what the scan reports anyway (package names, masked secrets), never file contents.
 */
export class LayerCache {
  private readonly dir: string;

  constructor(root: string) {
    this.dir = path.join(root, 'scan-layers', `${VERSION}-${FORMAT}`);
  }

  private file(diffId: string): string {
    return path.join(this.dir, `${diffId.slice('sha256:'.length)}.json`);
  }

  /** The layer's findings, if kept and complete enough: `withSecrets` needs an entry that looked for them. */
  get(diffId: string, withSecrets: boolean): LayerFindings | undefined {
    if (!isDiffId(diffId)) return undefined;
    try {
      const value: unknown = JSON.parse(readFileSync(this.file(diffId), 'utf8'));
      if (!isFindings(value)) throw new Error('not layer findings');
      return withSecrets && !value.secrets ? undefined : value;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') rmSync(this.file(diffId), { force: true });
      return undefined;
    }
  }

  put(diffId: string, findings: LayerFindings): void {
    if (!isDiffId(diffId)) return;
    try {
      mkdirSync(this.dir, { recursive: true, mode: 0o700 });
      const file = this.file(diffId);
      // Written whole and renamed, so a concurrent reader never sees half an entry.
      const partial = `${file}.${process.pid}.partial`;
      writeFileSync(partial, JSON.stringify(findings), { mode: 0o600 });
      renameSync(partial, file);
      this.prune();
    } catch {
      // A read-only or full disk only costs the next scan its time.
    }
  }

  /** Drops other dockwright versions' entries unused for a week, and the oldest beyond MAX_ENTRIES. */
  private prune(): void {
    const parent = path.dirname(this.dir);
    const weekAgo = Date.now() - 7 * 24 * 3600 * 1000;
    for (const name of readdirSync(parent)) {
      const other = path.join(parent, name);
      if (name !== path.basename(this.dir) && statSync(other).mtimeMs < weekAgo)
        rmSync(other, { recursive: true, force: true });
    }
    const names = readdirSync(this.dir);
    if (names.length <= MAX_ENTRIES) return;
    const byAge = names
      .map((name) => ({ name, mtime: statSync(path.join(this.dir, name)).mtimeMs }))
      .sort((a, b) => a.mtime - b.mtime);
    for (const { name } of byAge.slice(0, names.length - MAX_ENTRIES))
      rmSync(path.join(this.dir, name), { force: true });
  }
}

let processCache: { cache?: LayerCache } | undefined;

/** The user's layer cache (one per process), unless DOCKWRIGHT_CACHE_DIR is `off`. */
export function defaultLayerCache(): LayerCache | undefined {
  if (!processCache) {
    const root = userCacheDirectory(processLocation());
    processCache = { cache: root === 'off' ? undefined : new LayerCache(root) };
  }
  return processCache.cache;
}
