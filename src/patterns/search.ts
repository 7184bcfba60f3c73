import type { Database, Statement } from 'better-sqlite3';
import { inverseDocumentFrequency, RANKING, SCORE_SQL } from './ranking.js';
import { type EvidenceRow, evidenceFromRow, tagsFromColumn } from './rows.js';
import { normaliseTag } from './sanitise.js';
import type { PatternSource, SearchHit, SearchQuery, SearchResult } from './types.js';

export const DEFAULT_SEARCH_LIMIT = 10;
const MAX_QUERY_TERMS = 8;

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
}

const statementCache = new WeakMap<Database, Map<string, Statement>>();

function prepareCached(db: Database, sql: string): Statement {
  const statements = statementCache.get(db) ?? new Map<string, Statement>();
  statementCache.set(db, statements);
  const statement = statements.get(sql) ?? db.prepare(sql);
  statements.set(sql, statement);
  return statement;
}

/** Words of the free text, lower-cased; quoting each keeps user input from being read as FTS5 syntax. */
export function queryTerms(text: string | undefined): string[] {
  return [...new Set(text?.toLowerCase().match(/[\p{L}\p{N}_]+/gu) ?? [])].slice(0, MAX_QUERY_TERMS);
}

const PRIMARY_FIELDS = '{title tags language framework package_manager}';
const SECONDARY_FIELDS = '{base_image notes dockerfile}';

interface WeightedWord {
  word: string;
  idf: number;
}

interface TextMatch {
  /** Selects the candidates: patterns with any of the words. */
  candidates: string;
  /** The words that tell patterns apart, with their weight (see RANKING). */
  discriminative: WeightedWord[];
}

function textMatch(db: Database, text: string | undefined): TextMatch | undefined {
  const words = queryTerms(text);
  if (!words.length) return undefined;
  const total = (prepareCached(db, 'SELECT COUNT(*) AS n FROM patterns').get() as { n: number }).n;
  const frequency = prepareCached(db, 'SELECT COUNT(*) AS n FROM patterns_fts WHERE patterns_fts MATCH ?');
  const weighted = words.map((word) => ({
    word,
    idf: inverseDocumentFrequency((frequency.get(`"${word}"`) as { n: number }).n, total),
  }));
  return {
    candidates: words.map((word) => `"${word}"`).join(' OR '),
    discriminative: weighted.filter((entry) => entry.idf > 0),
  };
}

/** SQL for relevance; each membership test is an uncorrelated IN, which SQLite evaluates once per query. */
function relevanceSql(words: WeightedWord[], params: Record<string, unknown>): string {
  if (!words.length) return '0.0';
  const inFields = (name: string) =>
    `p.rowid IN (SELECT rowid FROM patterns_fts WHERE patterns_fts MATCH @${name})`;
  const terms = words.map(({ word, idf }, index) => {
    params[`primary${index}`] = `${PRIMARY_FIELDS}: "${word}"`;
    params[`secondary${index}`] = `${SECONDARY_FIELDS}: "${word}"`;
    params[`idf${index}`] = idf;
    return `@idf${index} * (CASE WHEN ${inFields(`primary${index}`)} THEN 1.0
                              WHEN ${inFields(`secondary${index}`)} THEN ${RANKING.secondaryFieldMatch} ELSE 0.0 END)`;
  });
  params.idfSum = words.reduce((sum, { idf }) => sum + idf, 0);
  return `(${terms.join(' + ')}) / @idfSum`;
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
  tags.forEach((tag, index) => {
    params[`tag${index}`] = tag;
    clauses.push(`EXISTS (SELECT 1 FROM pattern_tags WHERE tag = @tag${index} AND pattern_rowid = p.rowid)`);
  });
  return clauses.length ? clauses.join(' AND ') : '1';
}

const HIT_COLUMNS = `p.id, p.title, p.language, p.framework, p.package_manager, p.base_image, p.tags, p.source,
  p.successful_builds, p.last_success, p.image_size, p.build_ms, p.lint, p.vulnerabilities, p.engine_version`;

/** The candidates, with their `relevance` when `ranked`, as a subquery named p. */
function candidatesSql(
  match: TextMatch | undefined,
  filters: string,
  params: Record<string, unknown>,
  ranked: boolean,
): string {
  if (!match) return `(SELECT p.*, 1.0 AS relevance FROM patterns p WHERE ${filters}) AS p`;
  params.candidates = match.candidates;
  const relevance = ranked ? relevanceSql(match.discriminative, params) : '0.0';
  return `(SELECT p.*, ${relevance} AS relevance FROM patterns p
           WHERE p.rowid IN (SELECT rowid FROM patterns_fts WHERE patterns_fts MATCH @candidates)
             AND ${filters}) AS p`;
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

export function searchPatterns(db: Database, query: SearchQuery, nowMs: number): SearchResult {
  const limit = query.limit ?? DEFAULT_SEARCH_LIMIT;
  const match = textMatch(db, query.text);
  const params: Record<string, unknown> = {};
  const filters = filterSql(query, params);
  const rankedSql = `SELECT ${HIT_COLUMNS}, ${SCORE_SQL} AS score FROM ${candidatesSql(match, filters, params, true)}
                     ORDER BY score DESC, p.id LIMIT @limit`;
  const rows = prepareCached(db, rankedSql).all({ ...params, limit, now: nowMs }) as HitRow[];
  if (rows.length < limit) return { hits: rows.map(hitFromRow), total: rows.length, truncated: false };
  const countParams: Record<string, unknown> = {};
  const countSql = `SELECT COUNT(*) AS n FROM ${candidatesSql(match, filterSql(query, countParams), countParams, false)}`;
  const total = (prepareCached(db, countSql).get(countParams) as { n: number }).n;
  return { hits: rows.map(hitFromRow), total, truncated: total > rows.length };
}
