import { ToolError } from '../../errors.js';
import type { OsvRecord } from './record.js';
import { listZip } from './zip.js';

/** OSV records indexed by `ecosystem base (lower case)|package name`. */
export interface OsvDatabase {
  source: string;
  records: number;
  byPackage: Map<string, OsvRecord[]>;
}

/** PyPI names compare after PEP 503 normalisation; other ecosystems' names are exact. */
export function osvKey(ecosystem: string, name: string): string {
  const base = ecosystem.split(':')[0].toLowerCase();
  return `${base}|${base === 'pypi' ? name.toLowerCase().replace(/[-_.]+/g, '-') : name}`;
}

function addRecord(db: OsvDatabase, text: string, name: string) {
  let record: OsvRecord;
  try {
    record = JSON.parse(text) as OsvRecord;
  } catch {
    throw new ToolError('PARSE_ERROR', `OSV record "${name}" in "${db.source}" is not valid JSON.`);
  }
  if (!record.id || record.withdrawn) return;
  db.records++;
  const keys = new Set(
    (record.affected ?? []).flatMap((a) => (a.package ? [osvKey(a.package.ecosystem, a.package.name)] : [])),
  );
  for (const key of keys) db.byPackage.set(key, [...(db.byPackage.get(key) ?? []), record]);
}

async function jsonFilesUnder(dir: string): Promise<string[]> {
  const { readdir } = await import('node:fs/promises');
  const path = await import('node:path');
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.json'))
    .map((entry) => path.join(entry.parentPath, entry.name));
}

/** Loads a folder (searched recursively) or a zip of OSV JSON records, as osv.dev exports them. */
export async function loadOsvDatabase(source: string): Promise<OsvDatabase> {
  const { readFile, stat } = await import('node:fs/promises');
  const info = await stat(source).catch(() => undefined);
  if (!info) {
    throw new ToolError(
      'NOT_FOUND',
      `OSV data "${source}" does not exist.`,
      'Point DOCKWRIGHT_OSV_DIR (or osvDir) at a folder or zip of OSV records.',
    );
  }
  const db: OsvDatabase = { source, records: 0, byPackage: new Map() };
  if (info.isDirectory()) {
    for (const file of await jsonFilesUnder(source)) addRecord(db, await readFile(file, 'utf8'), file);
  } else {
    for (const file of listZip(await readFile(source), source)) {
      if (file.name.endsWith('.json')) addRecord(db, file.read().toString('utf8'), file.name);
    }
  }
  return db;
}
