import type { Database, Statement } from 'better-sqlite3';
import { SCORE_SQL } from './ranking.js';
import { type EvidenceRow, evidenceFromRow, tagsFromColumn } from './rows.js';
import { normaliseTag } from './sanitise.js';
import type { PatternSource, SearchHit, SearchQuery, SearchResult } from './types.js';

export const DEFAULT_SEARCH_LIMIT = 10;
const MAX_QUERY_TERMS = 16;

/** Column weights for bm25: title, tags, language, framework, package manager, base image, notes, Dockerfile. */
const BM25 = 'bm25(patterns_fts, 4.0, 3.0, 3.0, 3.0, 2.0, 1.0, 1.0, 0.5)';

interface HitRow extends EvidenceRow {
  id: string;
  title: string;
  language: string | null;
  framework: string | null;
  package_manager: string | null;
  base_image: string | null;
  tags: string;
  source: PatternSource;
  score: number;
  total: number;
}

/**
 * Free text becomes an FTS5 query of quoted prefix terms joined by OR, so that no user
 * input is read as FTS syntax and a pattern matching more terms ranks higher.
 */
export function ftsQuery(text: string | undefined): string | undefined {
  const terms = text
    ?.toLowerCase()
    .match(/[\p{L}\p{N}_]+/gu)
    ?.slice(0, MAX_QUERY_TERMS);
  return terms?.length ? terms.map((term) => `"${term}"*`).join(' OR ') : undefined;
}

function filterSql(query: SearchQuery, params: Record<string, unknown>): string {
  const clauses: string[] = [];
  const equal = (column: string, name: string, value: string | undefined) => {
    if (value === undefined) return;
    params[name] = value;
    clauses.push(`p.${column} = @${name}`);
  };
  equal('language', 'language', query.language?.trim().toLowerCase());
  equal('framework', 'framework', query.framework?.trim().toLowerCase());
  equal('package_manager', 'packageManager', query.packageManager?.trim().toLowerCase());
  equal('base_image', 'baseImage', query.baseImage?.trim());
  equal('source', 'source', query.source);
  const tags = [...new Set((query.tags ?? []).map(normaliseTag).filter(Boolean))];
  if (tags.length) {
    const names = tags.map((tag, index) => {
      params[`tag${index}`] = tag;
      return `@tag${index}`;
    });
    clauses.push(
      `p.rowid IN (SELECT pattern_rowid FROM pattern_tags WHERE tag IN (${names.join(', ')})
                   GROUP BY pattern_rowid HAVING COUNT(*) = ${tags.length})`,
    );
  }
  return clauses.length ? clauses.join(' AND ') : '1';
}

const HIT_COLUMNS = `p.id, p.title, p.language, p.framework, p.package_manager, p.base_image, p.tags, p.source,
  p.successful_builds, p.last_success, p.image_size, p.build_ms, p.lint, p.vulnerabilities, p.engine_version`;

function searchSql(query: SearchQuery, params: Record<string, unknown>): string {
  const filters = filterSql(query, params);
  const match = ftsQuery(query.text);
  if (!match) {
    return `SELECT ${HIT_COLUMNS}, ${SCORE_SQL} AS score, COUNT(*) OVER () AS total
            FROM (SELECT p.*, 1.0 AS relevance FROM patterns p WHERE ${filters}) AS p
            ORDER BY score DESC, p.id LIMIT @limit`;
  }
  params.match = match;
  return `WITH matched AS (
            SELECT p.rowid AS rowid, ${BM25} AS rank
            FROM patterns_fts JOIN patterns p ON p.rowid = patterns_fts.rowid
            WHERE patterns_fts MATCH @match AND ${filters}
          ), relevant AS (
            SELECT rowid, CASE WHEN MIN(rank) OVER () < 0 THEN rank / MIN(rank) OVER () ELSE 1.0 END AS relevance
            FROM matched
          )
          SELECT ${HIT_COLUMNS}, ${SCORE_SQL} AS score, COUNT(*) OVER () AS total
          FROM (SELECT p.*, relevant.relevance FROM relevant JOIN patterns p ON p.rowid = relevant.rowid) AS p
          ORDER BY score DESC, p.id LIMIT @limit`;
}

function hitFromRow(row: HitRow): SearchHit {
  return {
    id: row.id,
    title: row.title,
    language: row.language ?? undefined,
    framework: row.framework ?? undefined,
    packageManager: row.package_manager ?? undefined,
    baseImage: row.base_image ?? undefined,
    tags: tagsFromColumn(row.tags),
    source: row.source,
    score: Math.round(row.score * 1000) / 1000,
    evidence: evidenceFromRow(row),
  };
}

const statementCache = new WeakMap<Database, Map<string, Statement>>();

function prepareCached(db: Database, sql: string): Statement {
  const statements = statementCache.get(db) ?? new Map<string, Statement>();
  statementCache.set(db, statements);
  const statement = statements.get(sql) ?? db.prepare(sql);
  statements.set(sql, statement);
  return statement;
}

export function searchPatterns(db: Database, query: SearchQuery, nowMs: number): SearchResult {
  const limit = query.limit ?? DEFAULT_SEARCH_LIMIT;
  const params: Record<string, unknown> = { limit, now: nowMs };
  const rows = prepareCached(db, searchSql(query, params)).all(params) as HitRow[];
  const total = rows[0]?.total ?? 0;
  return { hits: rows.map(hitFromRow), total, truncated: total > rows.length };
}
