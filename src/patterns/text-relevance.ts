import type { Database } from 'better-sqlite3';
import { RANKING, wordWeight } from './ranking.js';
import type { RankingColumns } from './ranking-columns.js';
import { prepareCached } from './statements.js';

const MAX_QUERY_TERMS = 8;
const PRIMARY_FIELDS = '{title tags language framework package_manager}';

/** Words of the free text, lower-cased; quoting each keeps user input from being read as FTS5 syntax. */
export function queryTerms(text: string | undefined): string[] {
  return [...new Set(text?.toLowerCase().match(/[\p{L}\p{N}_]+/gu) ?? [])].slice(0, MAX_QUERY_TERMS);
}

export interface TextRelevance {
  /** Positions (in the ranking columns) of the patterns the text is about: the candidates. */
  candidates: number[];
  /** Relevance by position, as RANKING defines it; 0 outside the candidates. */
  relevance: Float64Array;
}

function matchingPositions(db: Database, columns: RankingColumns, match: string): number[] {
  const rowids = prepareCached(db, 'SELECT rowid FROM patterns_fts WHERE patterns_fts MATCH ?')
    .pluck()
    .all(match) as number[];
  // A full-text entry without its pattern row never was a result.
  return rowids.map((rowid) => columns.positionOf.get(rowid)).filter((at) => at !== undefined);
}

/**
 * SQLite only finds the rows with each word (anywhere, and in the primary fields); the
 * weighing and the relevance gate (see RANKING) are done here over the ranking columns.
 */
export function textRelevance(db: Database, columns: RankingColumns, words: string[]): TextRelevance {
  const weighted = new Float64Array(columns.count);
  const wordsFound = new Uint8Array(columns.count);
  const inPrimaryFields = new Uint8Array(columns.count);
  const touched: number[] = [];
  let weightSum = 0;
  for (const word of words) {
    const anywhere = matchingPositions(db, columns, `"${word}"`);
    const weight = wordWeight(anywhere.length, columns.count);
    weightSum += weight;
    const primary = new Set(matchingPositions(db, columns, `${PRIMARY_FIELDS}: "${word}"`));
    for (const position of anywhere) {
      if (!wordsFound[position]) touched.push(position);
      wordsFound[position]++;
      if (primary.has(position)) inPrimaryFields[position] = 1;
      weighted[position] += weight * (primary.has(position) ? 1 : RANKING.secondaryFieldMatch);
    }
  }
  const candidates = touched.filter(
    (position) => inPrimaryFields[position] || wordsFound[position] === words.length,
  );
  const relevance = new Float64Array(columns.count);
  for (const position of candidates) relevance[position] = weighted[position] / weightSum;
  return { candidates, relevance };
}
