import { childPath, type SourceMap } from './yaml-source.js';

type Raw = Record<string, unknown>;

/**
 * After an override file's lists are merged into the earlier files' lists, an entry's index
 * changes (`ports[0]` of the override becomes `ports[1]`). This rewrites the override's
 * source map so that each merged entry still points at the line that wrote it.
 */
export function remapMergedLists(fileMap: SourceMap, fileData: Raw, merged: Raw): SourceMap {
  const moves = new Map<string, string>();
  const fileServices = (fileData.services as Record<string, Raw>) ?? {};
  const mergedServices = (merged.services as Record<string, Raw>) ?? {};
  for (const [name, spec] of Object.entries(fileServices)) {
    for (const [key, value] of Object.entries(spec ?? {})) {
      const result = mergedServices[name]?.[key];
      if (!Array.isArray(value) || !Array.isArray(result)) continue;
      const serialized = result.map((item) => JSON.stringify(item));
      value.forEach((item, index) => {
        const to = serialized.lastIndexOf(JSON.stringify(item));
        const base = childPath(childPath(childPath('services', name), key), index);
        if (to >= 0 && to !== index)
          moves.set(base, childPath(childPath(childPath('services', name), key), to));
      });
    }
  }
  if (!moves.size) return fileMap;
  const out: SourceMap = new Map();
  for (const [path, location] of fileMap) {
    const match = /^(.*?\[\d+\])(.*)$/.exec(path);
    const moved = match && moves.get(match[1]);
    out.set(moved ? moved + match[2] : path, location);
  }
  return out;
}
