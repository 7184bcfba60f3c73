/** The distribution, from /etc/os-release (or /usr/lib/os-release) or Alpine's /etc/alpine-release. */
export interface OsInfo {
  family: string;
  version?: string;
}

export const osReleasePaths = [
  'etc/os-release',
  'usr/lib/os-release',
  'etc/alpine-release',
  'etc/debian_version',
];

export function parseOsRelease(path: string, text: string): OsInfo | undefined {
  if (path === 'etc/alpine-release') return { family: 'alpine', version: text.trim() };
  if (path === 'etc/debian_version') return { family: 'debian', version: text.trim() };
  const fields = new Map<string, string>();
  for (const line of text.split('\n')) {
    const match = /^([A-Z_]+)=(.*)$/.exec(line.trim());
    if (match) fields.set(match[1], match[2].replace(/^["']|["']$/g, ''));
  }
  const family = fields.get('ID');
  return family ? { family, version: fields.get('VERSION_ID') } : undefined;
}

/** os-release wins over the single-purpose files when both exist. */
export function pickOs(found: Map<string, OsInfo>): OsInfo | undefined {
  for (const path of ['etc/os-release', 'usr/lib/os-release', 'etc/alpine-release', 'etc/debian_version']) {
    const info = found.get(path);
    if (info) return info;
  }
  return undefined;
}
