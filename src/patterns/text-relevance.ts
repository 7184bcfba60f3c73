import type { Database } from 'better-sqlite3';
import { inverseDocumentFrequency, RANKING } from './ranking.js';
import type { RankingColumns } from './ranking-columns.js';
import { prepareCached } from './statements.js';

const MAX_QUERY_TERMS = 8;
const PRIMARY_FIELDS = '{title tags language framework package_manager}';

/** Words of the free text, lower-cased; quoting each keeps user input from being read as FTS5 syntax. */
export function queryTerms(text: string | undefined): string[] {
  return [...new Set(text?.toLowerCase().match(/[\p{L}\p{N}_]+/gu) ?? [])].slice(0, MAX_QUERY_TERMS);
}

export interface TextRelevance {
  /** Positions (in the ranking columns) of the patterns with any of the words: the candidates. */
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
 * SQLite only finds the rows with each word (anywhere, then in the primary fields for words
 * that weigh in); the weighing is done here over the in-memory ranking columns.
 */
export function textRelevance(db: Database, columns: RankingColumns, words: string[]): TextRelevance {
  const isCandidate = new Uint8Array(columns.count);
  const candidates: number[] = [];
  const weighted = new Float64Array(columns.count);
  const inPrimaryFieldsOf = new Uint8Array(columns.count);
  let idfSum = 0;
  words.forEach((word, wordIndex) => {
    const anywhere = matchingRowids(db, `"${word}"`);
    const idf = inverseDocumentFrequency(anywhere.length, columns.count);
    const discriminative = idf > 0;
    if (discriminative) {
      idfSum += idf;
      for (const rowid of matchingRowids(db, `${PRIMARY_FIELDS}: "${word}"`)) {
        const position = columns.positionOf.get(rowid);
        if (position !== undefined) inPrimaryFieldsOf[position] = wordIndex + 1;
      }
    }
    for (const rowid of anywhere) {
      const position = columns.positionOf.get(rowid);
      // A full-text entry without its pattern row never was a result.
      if (position === undefined) continue;
      if (!isCandidate[position]) {
        isCandidate[position] = 1;
        candidates.push(position);
      }
      if (discriminative) {
        const found = inPrimaryFieldsOf[position] === wordIndex + 1 ? 1 : RANKING.secondaryFieldMatch;
        weighted[position] += idf * found;
      }
    }
  });
  const relevance = new Float64Array(columns.count);
  if (idfSum > 0) for (const position of candidates) relevance[position] = weighted[position] / idfSum;
  return { candidates, relevance };
}
