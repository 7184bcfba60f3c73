import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { platformCacheDirectory, processLocation } from '../../user-directories.js';
import { JsonCache } from '../json-cache.js';
import type { ScanResult, Severity } from '../model.js';
import type { TrivyScanner } from './run.js';

interface KeptResult {
  /** When Trivy produced it. */
  scannedAt: string;
  result: ScanResult;
}

const isKept = (value: unknown): value is KeptResult => {
  const v = value as KeptResult;
  return (
    typeof v?.scannedAt === 'string' &&
    typeof v.result?.target === 'string' &&
    Array.isArray(v.result.findings)
  );
};

/** One entry per image and scan options; an image is scanned again and again by image_scan, assess and containerize. */
const MAX_RESULTS = 500;

/**
 * Trivy's image results, kept under everything that decides them: the image id (its config
 * and layers), the Trivy binary and version, the options, and the vulnerability database's
 * version. A result is reused only while Trivy would scan with that same database.
 */
export class TrivyResultCache {
  private readonly entries: JsonCache<KeptResult>;

  constructor(root: string) {
    this.entries = new JsonCache(root, 'trivy-results', isKept, MAX_RESULTS);
  }

  get(key: string): KeptResult | undefined {
    return this.entries.get(key);
  }

  put(key: string, result: ScanResult): void {
    this.entries.put(key, { scannedAt: new Date().toISOString(), result });
  }
}

/** Trivy's own cache folder, where its database lives: TRIVY_CACHE_DIR, else its default (Go's user cache dir). */
export function trivyCacheDir(env: NodeJS.ProcessEnv): string {
  return env.TRIVY_CACHE_DIR || path.join(platformCacheDirectory({ ...processLocation(), env }), 'trivy');
}

/**
 * The version of the database Trivy's next run will use: its UpdatedAt, when the database is
 * there and Trivy will not replace it first (its NextUpdate is still ahead, or updates are off).
 */
export function databaseInUse(cacheDir: string, skipUpdate: boolean, now = Date.now()): string | undefined {
  try {
    const metadata = JSON.parse(readFileSync(path.join(cacheDir, 'db', 'metadata.json'), 'utf8')) as {
      UpdatedAt?: string;
      NextUpdate?: string;
    };
    if (!metadata.UpdatedAt) return undefined;
    const nextUpdate = Date.parse(metadata.NextUpdate ?? '');
    return skipUpdate || nextUpdate > now ? metadata.UpdatedAt : undefined;
  } catch {
    return undefined;
  }
}

const sha256 = (text: string | Buffer) => createHash('sha256').update(text).digest('hex');

/**
 * The key of a Trivy image scan, or undefined when its result must not be reused: the
 * database is missing or about to be updated, the .trivyignore cannot be read, or
 * misconfiguration checks are asked for (Trivy refreshes their bundle on its own schedule).
 */
export function trivyResultKey(
  imageId: string,
  trivy: { version: string; path: string },
  options: {
    scanners: TrivyScanner[];
    severities?: Severity[];
    ignoreUnfixed?: boolean;
    ignoreFile?: string;
    skipDbUpdate?: boolean;
    env?: NodeJS.ProcessEnv;
  },
): string | undefined {
  if (options.scanners.includes('misconfig')) return undefined;
  const env = options.env ?? process.env;
  const database = options.scanners.includes('vuln')
    ? databaseInUse(trivyCacheDir(env), options.skipDbUpdate ?? false)
    : 'none';
  if (!database) return undefined;
  let ignoreFile = 'none';
  try {
    if (options.ignoreFile) ignoreFile = sha256(readFileSync(options.ignoreFile));
  } catch {
    return undefined;
  }
  return sha256(
    JSON.stringify({
      imageId,
      trivy,
      database,
      ignoreFile,
      scanners: [...options.scanners].sort(),
      severities: [...(options.severities ?? [])].sort(),
      ignoreUnfixed: options.ignoreUnfixed ?? false,
    }),
  );
}
