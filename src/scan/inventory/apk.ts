import type { Package } from '../model.js';

export const apkDatabasePath = 'lib/apk/db/installed';

/** Parses Alpine's installed database: one-letter keys (`P:` name, `V:` version, `o:` origin). */
export function parseApkInstalled(text: string, path: string): Package[] {
  const packages: Package[] = [];
  for (const block of text.split(/\n\s*\n/)) {
    const fields = new Map<string, string>();
    for (const line of block.split('\n')) {
      if (line[1] === ':') fields.set(line[0], line.slice(2));
    }
    const name = fields.get('P');
    const version = fields.get('V');
    if (!name || !version) continue;
    const license = fields.get('L');
    packages.push({
      name,
      version,
      ecosystem: 'apk',
      sourceName: fields.get('o') ?? name,
      sourceVersion: version,
      arch: fields.get('A'),
      licenses: license ? [license] : undefined,
      path,
    });
  }
  return packages;
}
