import type { Database } from 'better-sqlite3';
import type { RankingColumns } from './ranking-columns.js';
import { normaliseTag } from './sanitise.js';
import { prepareCached } from './statements.js';
import type { SearchQuery } from './types.js';

/** For each filter, the SQL that groups the rowids of the patterns by the filter's value. */
const GROUPED_ROWIDS = {
  language: 'SELECT language, group_concat(rowid) FROM patterns WHERE language IS NOT NULL GROUP BY language',
  framework:
    'SELECT framework, group_concat(rowid) FROM patterns WHERE framework IS NOT NULL GROUP BY framework',
  packageManager:
    'SELECT package_manager, group_concat(rowid) FROM patterns WHERE package_manager IS NOT NULL GROUP BY package_manager',
  baseImage:
    'SELECT base_image, group_concat(rowid) FROM patterns WHERE base_image IS NOT NULL GROUP BY base_image',
  source: 'SELECT source, group_concat(rowid) FROM patterns GROUP BY source',
  tag: 'SELECT tag, group_concat(pattern_rowid) FROM pattern_tags GROUP BY tag',
};
type FilterName = keyof typeof GROUPED_ROWIDS;

function positionsOf(columns: RankingColumns, rowids: Iterable<number>): number[] {
  const positions: number[] = [];
  for (const rowid of rowids) {
    const position = columns.positionOf.get(rowid);
    if (position !== undefined) positions.push(position);
  }
  return positions;
}

/**
 * Positions by value of a filter, read when a search first uses it after the store changed.
 * Grouping inside SQLite hands over one string per value: far cheaper than a row per pattern.
 */
function positionsByValue(db: Database, columns: RankingColumns, filter: FilterName): Map<string, number[]> {
  const known = columns.positionsByValue.get(filter);
  if (known) return known;
  const groups = prepareCached(db, GROUPED_ROWIDS[filter]).raw().all() as [string, string][];
  const byValue = new Map(
    groups.map(([value, rowids]) => [value, positionsOf(columns, rowids.split(',').map(Number))]),
  );
  columns.positionsByValue.set(filter, byValue);
  return byValue;
}

/** Tells whether a position passes every filter of the query; undefined when it has none. */
export interface SearchFilter {
  allows(position: number): boolean;
  /** Every allowed position. */
  positions(): number[];
}

export function searchFilter(
  db: Database,
  columns: RankingColumns,
  query: SearchQuery,
): SearchFilter | undefined {
  const lists: number[][] = [];
  const equal = (filter: FilterName, value: string | undefined) => {
    if (value !== undefined) lists.push(positionsByValue(db, columns, filter).get(value) ?? []);
  };
  equal('language', query.language?.trim().toLowerCase());
  equal('framework', query.framework?.trim().toLowerCase());
  equal('packageManager', query.packageManager?.trim().toLowerCase());
  equal('baseImage', query.baseImage?.trim());
  equal('source', query.source);
  for (const tag of new Set((query.tags ?? []).map(normaliseTag).filter(Boolean))) equal('tag', tag);
  if (!lists.length) return undefined;
  const passed = new Uint8Array(columns.count);
  for (const list of lists) for (const position of list) passed[position]++;
  const allows = (position: number) => passed[position] === lists.length;
  const shortest = lists.reduce((a, b) => (b.length < a.length ? b : a));
  return { allows, positions: () => shortest.filter(allows) };
}
