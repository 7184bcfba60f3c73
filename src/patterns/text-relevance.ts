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

function matchingRowids(db: Database, match: string): number[] {
  return prepareCached(db, 'SELECT rowid FROM patterns_fts WHERE patterns_fts MATCH ?')
    .pluck()
    .all(match) as number[];
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
  words.forEach((word, wordIndex) => {
    const anywhere = matchingRowids(db, `"${word}"`);
    const weight = wordWeight(anywhere.length, columns.count);
    weightSum += weight;
    if (anywhere.length === 0) return;
    for (const rowid of matchingRowids(db, `${PRIMARY_FIELDS}: "${word}"`)) {
      const position = columns.positionOf.get(rowid);
      if (position !== undefined) inPrimaryFields[position] = wordIndex + 1;
    }
    for (const rowid of anywhere) {
      const position = columns.positionOf.get(rowid);
      // A full-text entry without its pattern row never was a result.
      if (position === undefined) continue;
      if (!wordsFound[position]) touched.push(position);
      wordsFound[position]++;
      const found = inPrimaryFields[position] === wordIndex + 1 ? 1 : RANKING.secondaryFieldMatch;
      weighted[position] += weight * found;
    }
  });
  // inPrimaryFields holds the last word found there (1-based): non-zero when any was.
  const candidates = touched.filter(
    (position) => inPrimaryFields[position] > 0 || wordsFound[position] === words.length,
  );
  const relevance = new Float64Array(columns.count);
  for (const position of candidates) relevance[position] = weighted[position] / weightSum;
  return { candidates, relevance };
}
