import type { Package } from '../model.js';
import { parseControlParagraphs } from './control-file.js';

/** The dpkg databases: the classic status file, and distroless images' status.d/ one file per package. */
export function isDpkgDatabase(path: string): boolean {
  return (
    path === 'var/lib/dpkg/status' ||
    (path.startsWith('var/lib/dpkg/status.d/') && !path.endsWith('.md5sums'))
  );
}

/** Packages dpkg considers present: installed, or half-installed states that still ship files. */
const presentStates = new Set([
  'installed',
  'half-configured',
  'unpacked',
  'half-installed',
  'triggers-awaited',
  'triggers-pending',
]);

export function parseDpkgStatus(text: string, path: string): Package[] {
  const packages: Package[] = [];
  for (const fields of parseControlParagraphs(text)) {
    const name = fields.get('Package');
    const version = fields.get('Version');
    if (!name || !version) continue;
    const state = fields.get('Status')?.split(/\s+/)[2];
    if (state !== undefined && !presentStates.has(state)) continue;
    const source = /^(\S+)(?:\s+\((\S+)\))?/.exec(fields.get('Source') ?? '');
    packages.push({
      name,
      version,
      ecosystem: 'deb',
      sourceName: source?.[1] ?? name,
      sourceVersion: source?.[2] ?? version,
      arch: fields.get('Architecture'),
      path,
    });
  }
  return packages;
}
