import type { Database } from 'better-sqlite3';
import { rankScore } from './ranking.js';
import { type RankingColumns, rankingColumns } from './ranking-columns.js';
import { EVIDENCE_COLUMNS, type EvidenceRow, evidenceFromRow, tagsFromColumn } from './rows.js';
import { type SearchFilter, searchFilter } from './search-filters.js';
import { prepareCached } from './statements.js';
import { queryTerms, textRelevance } from './text-relevance.js';
import { topPositions } from './top-positions.js';
import type { PatternSource, SearchHit, SearchQuery, SearchResult } from './types.js';

export const DEFAULT_SEARCH_LIMIT = 10;

interface HitRow extends EvidenceRow {
  rowid: number;
  id: string;
  title: string;
  language: string | null;
  framework: string | null;
  package_manager: string | null;
  base_image: string | null;
  tags: string;
  source: PatternSource;
}

const HIT_SQL = `SELECT rowid, id, title, language, framework, package_manager, base_image, tags, source,
  ${EVIDENCE_COLUMNS.join(', ')}
  FROM patterns WHERE rowid IN (SELECT value FROM json_each(?))`;

/** The rows to return, read in one statement; only these have their evidence JSON parsed. */
function hitRows(db: Database, rowids: number[]): Map<number, HitRow> {
  const rows = prepareCached(db, HIT_SQL).all(JSON.stringify(rowids)) as HitRow[];
  return new Map(rows.map((row) => [row.rowid, row]));
}

function hitFromRow(row: HitRow, score: number): SearchHit {
  return {
    id: row.id,
    title: row.title,
    language: row.language ?? undefined,
    framework: row.framework ?? undefined,
    packageManager: row.package_manager ?? undefined,
    baseImage: row.base_image ?? undefined,
    tags: tagsFromColumn(row.tags),
    source: row.source,
    score: Math.round(score * 1000) / 1000,
    evidence: evidenceFromRow(row),
  };
}

/** Positions that match the text (when given) and pass the filters (when given). */
function candidatePositions(
  columns: RankingColumns,
  textCandidates: number[] | undefined,
  filter: SearchFilter | undefined,
): number[] {
  if (textCandidates) return filter ? textCandidates.filter(filter.allows) : textCandidates;
  return filter ? filter.positions() : Array.from({ length: columns.count }, (_, position) => position);
}

function rankedSearch(
  db: Database,
  query: SearchQuery,
  nowMs: number,
  columns: RankingColumns,
): SearchResult {
  const words = queryTerms(query.text);
  const text = words.length ? textRelevance(db, columns, words) : undefined;
  const candidates = candidatePositions(columns, text?.candidates, searchFilter(db, columns, query));

  const score = (position: number) => {
    const lastSuccess = columns.lastSuccess[position];
    return rankScore(
      text ? text.relevance[position] : 1,
      columns.staticQuality[position],
      Number.isNaN(lastSuccess) ? undefined : lastSuccess,
      nowMs,
    );
  };
  const best = topPositions(candidates, query.limit ?? DEFAULT_SEARCH_LIMIT, score, columns.ids);
  const rows = hitRows(
    db,
    best.map(({ position }) => columns.rowids[position]),
  );
  const hits = best.map(({ position, score }) => hitFromRow(rows.get(columns.rowids[position])!, score));
  return { hits, total: candidates.length, truncated: candidates.length > hits.length };
}

/**
 * Ranks in JavaScript over ranking columns kept in memory (see ranking-columns.ts); SQLite
 * finds the matching rows and reads the returned ones. One read transaction holds it all to
 * one snapshot, however other processes write meanwhile.
 */
export function searchPatterns(db: Database, query: SearchQuery, nowMs: number): SearchResult {
  const keepColumns = !db.inTransaction;
  return db.transaction(() => rankedSearch(db, query, nowMs, rankingColumns(db, keepColumns)))();
}
