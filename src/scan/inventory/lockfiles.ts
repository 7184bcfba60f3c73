import type { Package } from '../model.js';

/** npm's package-lock.json (lockfile versions 2 and 3): every installed path under `packages`. */
export function parsePackageLock(text: string, path: string): Package[] {
  let lock: { packages?: Record<string, { version?: string; name?: string; license?: string }> };
  try {
    lock = JSON.parse(text);
  } catch {
    return [];
  }
  return Object.entries(lock.packages ?? {}).flatMap(([where, entry]): Package[] => {
    const marker = where.lastIndexOf('node_modules/');
    if (marker < 0 || !entry.version) return [];
    const name = entry.name ?? where.slice(marker + 'node_modules/'.length);
    return [
      {
        name,
        version: entry.version,
        ecosystem: 'npm',
        licenses: entry.license ? [entry.license] : undefined,
        path,
      },
    ];
  });
}

/** Pinned requirements (`name==version`); ranges say nothing about what is installed. */
export function parseRequirements(text: string, path: string): Package[] {
  return text.split('\n').flatMap((line): Package[] => {
    const pinned = /^\s*([A-Za-z0-9][A-Za-z0-9._-]*)(?:\[[^\]]*\])?\s*==\s*([^\s;#]+)/.exec(line);
    return pinned ? [{ name: pinned[1], version: pinned[2], ecosystem: 'pypi', path }] : [];
  });
}
