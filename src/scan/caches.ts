import { processLocation, userCacheDirectory } from '../user-directories.js';
import { LayerCache } from './layer-cache.js';
import { TrivyResultCache } from './trivy/result-cache.js';

/** What scans keep between runs, all of it rebuilt by scanning again. */
export interface ScanCaches {
  /** The built-in scanner's findings per layer. */
  layers: LayerCache;
  /** Trivy's image results, while its database stays the same. */
  trivyResults: TrivyResultCache;
}

export function scanCachesAt(root: string): ScanCaches {
  return { layers: new LayerCache(root), trivyResults: new TrivyResultCache(root) };
}

const byRoot = new Map<string, ScanCaches>();

/** The caches in the user's cache folder (DOCKWRIGHT_CACHE_DIR), or none when that is `off`. */
export function userScanCaches(): ScanCaches | undefined {
  const root = userCacheDirectory(processLocation());
  if (root === 'off') return undefined;
  const caches = byRoot.get(root) ?? scanCachesAt(root);
  byRoot.set(root, caches);
  return caches;
}
