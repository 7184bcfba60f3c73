import type { Package } from '../model.js';

/** Installed distributions: `*.dist-info/METADATA` (wheels) and `*.egg-info/PKG-INFO` or an `*.egg-info` file. */
export function isPythonMetadata(path: string): boolean {
  return /\.dist-info\/METADATA$/.test(path) || /\.egg-info(\/PKG-INFO)?$/.test(path);
}

/** Reads the RFC 822 header block of core metadata; the body (the description) is ignored. */
export function parsePythonMetadata(text: string, path: string): Package | undefined {
  const header = text.split(/\r?\n\r?\n/, 1)[0] ?? '';
  const fields = new Map<string, string>();
  for (const line of header.split(/\r?\n/)) {
    const colon = line.indexOf(':');
    if (colon > 0 && !line.startsWith(' '))
      fields.set(line.slice(0, colon).toLowerCase(), line.slice(colon + 1).trim());
  }
  const name = fields.get('name');
  const version = fields.get('version');
  if (!name || !version) return undefined;
  const license = fields.get('license-expression') ?? fields.get('license');
  return {
    name,
    version,
    ecosystem: 'pypi',
    licenses: license && license !== 'UNKNOWN' && license.length < 100 ? [license] : undefined,
    path,
  };
}
