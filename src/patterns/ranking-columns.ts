import type { Database } from 'better-sqlite3';
import { prepareCached } from './statements.js';

/** What ranking reads of every stored pattern, column by column, in rowid order. */
export interface RankingColumns {
  count: number;
  rowids: number[];
  /** Position in the columns of each rowid. */
  positionOf: Map<number, number>;
  ids: string[];
  staticQuality: Float64Array;
  /** Milliseconds since the epoch; NaN when the pattern never built. */
  lastSuccess: Float64Array;
  /** Positions by value of each filter column, filled when a search first filters on it. */
  positionsByValue: Map<string, Map<string, number[]>>;
}

interface CachedColumns {
  changeMark: string;
  columns: RankingColumns;
}

const cache = new WeakMap<Database, CachedColumns>();

/**
 * Changes whenever the data may have changed: data_version moves when another connection
 * (in this process or another) committed, total_changes() when this connection wrote.
 */
function changeMark(db: Database): string {
  const row = prepareCached(
    db,
    'SELECT total_changes() AS changes, data_version AS version FROM pragma_data_version',
  ).get() as { changes: number; version: number };
  return `${row.changes}:${row.version}`;
}

function loadColumns(db: Database): RankingColumns {
  const rows = prepareCached(
    db,
    'SELECT rowid, id, static_quality, last_success FROM patterns ORDER BY rowid',
  )
    .raw()
    .all() as [number, string, number, number | null][];
  const columns: RankingColumns = {
    count: rows.length,
    rowids: new Array(rows.length),
    positionOf: new Map(),
    ids: new Array(rows.length),
    staticQuality: new Float64Array(rows.length),
    lastSuccess: new Float64Array(rows.length),
    positionsByValue: new Map(),
  };
  rows.forEach(([rowid, id, staticQuality, lastSuccess], position) => {
    columns.rowids[position] = rowid;
    columns.positionOf.set(rowid, position);
    columns.ids[position] = id;
    columns.staticQuality[position] = staticQuality;
    columns.lastSuccess[position] = lastSuccess ?? Number.NaN;
  });
  return columns;
}

/**
 * The ranking columns, read again only when the store changed since the last call. Call it
 * inside a read transaction, so the check and every later read see the same snapshot. Inside
 * a caller's own transaction nothing is kept: that transaction may yet roll back.
 */
export function rankingColumns(db: Database, keep: boolean): RankingColumns {
  if (!keep) return loadColumns(db);
  const mark = changeMark(db);
  const cached = cache.get(db);
  if (cached?.changeMark === mark) return cached.columns;
  const columns = loadColumns(db);
  cache.set(db, { changeMark: mark, columns });
  return columns;
}
