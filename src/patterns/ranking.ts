import type { PatternEvidence } from './types.js';

/**
 * How search results are ranked. Every part lies in [0, 1]; higher is better.
 *
 *   score     = 0.35 × relevance + 0.65 × quality
 *   quality   = 0.40 × proof + 0.20 × recency + 0.20 × size + 0.20 × clean
 *   relevance = Σ idf(w) × found(w) / Σ idf(w), over the query's discriminative words w
 *               (1 for every pattern when there is no text)
 *   found(w)  = 1 when w is in the title, tags, language, framework or package manager;
 *               0.3 when it is only in the base image, notes or Dockerfile; else 0
 *   idf(w)    = ln((N − n + 0.5) / (n + 0.5)) for a word in n of the N patterns, the IDF of
 *               bm25. A word in half the patterns or more has idf ≤ 0: it is not
 *               discriminative, so it selects candidates but does not weigh in relevance.
 *   proof     = 1 − 0.5^successfulBuilds           (0 builds → 0, 1 → 0.5, 3 → 0.875)
 *   recency   = 1 / (1 + daysSinceLastSuccess / 90)  (0 when it never built; halves at 90 days)
 *   size      = 200 / (200 + imageSizeMB)           (0.5 at 200 MB; 0.5 when unknown)
 *   clean     = 1 / (1 + lintPenalty + vulnPenalty)
 *   lintPenalty = 3 × errors + 1 × warnings + 0.2 × infos         (0.5 when never linted)
 *   vulnPenalty = 4 × critical + 2 × high + 0.5 × medium + 0.1 × low (0.5 when unknown)
 *
 * Everything but recency is fixed between builds, so it is stored with the pattern
 * (`staticQuality`) and only recency is computed at query time.
 */
export const RANKING = {
  relevanceWeight: 0.35,
  qualityWeight: 0.65,
  proofWeight: 0.4,
  recencyWeight: 0.2,
  sizeWeight: 0.2,
  cleanWeight: 0.2,
  recencyHalfLifeDays: 90,
  sizeHalfMegabytes: 200,
  unknownPenalty: 0.5,
  /** found(w) for a word that is only in the base image, notes or Dockerfile. */
  secondaryFieldMatch: 0.3,
} as const;

const MEGABYTE = 1024 * 1024;
const DAY_MS = 24 * 60 * 60 * 1000;

export function proofScore(successfulBuilds: number): number {
  return 1 - 0.5 ** successfulBuilds;
}

export function sizeScore(imageSizeBytes: number | undefined): number {
  if (imageSizeBytes === undefined) return 0.5;
  return RANKING.sizeHalfMegabytes / (RANKING.sizeHalfMegabytes + imageSizeBytes / MEGABYTE);
}

export function cleanScore(evidence: Pick<PatternEvidence, 'lint' | 'vulnerabilities'>): number {
  const { lint, vulnerabilities: vulns } = evidence;
  const lintPenalty = lint ? 3 * lint.error + lint.warning + 0.2 * lint.info : RANKING.unknownPenalty;
  const vulnPenalty =
    vulns && vulns !== 'unknown'
      ? 4 * vulns.critical + 2 * vulns.high + 0.5 * vulns.medium + 0.1 * vulns.low
      : RANKING.unknownPenalty;
  return 1 / (1 + lintPenalty + vulnPenalty);
}

/** The part of quality that does not change with time, already weighted into quality's scale. */
export function staticQuality(evidence: PatternEvidence): number {
  return (
    RANKING.proofWeight * proofScore(evidence.successfulBuilds) +
    RANKING.sizeWeight * sizeScore(evidence.imageSizeBytes) +
    RANKING.cleanWeight * cleanScore(evidence)
  );
}

export function recencyScore(lastSuccessMs: number | undefined, nowMs: number): number {
  if (lastSuccessMs === undefined) return 0;
  const days = Math.max(0, nowMs - lastSuccessMs) / DAY_MS;
  return 1 / (1 + days / RANKING.recencyHalfLifeDays);
}

/** The full score from what search keeps of a pattern: its static quality and last success. */
export function rankScore(
  relevance: number,
  staticQualityPart: number,
  lastSuccessMs: number | undefined,
  nowMs: number,
): number {
  const quality = staticQualityPart + RANKING.recencyWeight * recencyScore(lastSuccessMs, nowMs);
  return RANKING.relevanceWeight * relevance + RANKING.qualityWeight * quality;
}

/** The full score of a pattern, as search computes it. */
export function patternScore(evidence: PatternEvidence, relevance: number, nowMs: number): number {
  const lastSuccess = evidence.lastSuccess ? Date.parse(evidence.lastSuccess) : undefined;
  return rankScore(relevance, staticQuality(evidence), lastSuccess, nowMs);
}

/** bm25's inverse document frequency of a word found in `matching` of `total` patterns. */
export function inverseDocumentFrequency(matching: number, total: number): number {
  return Math.log((total - matching + 0.5) / (matching + 0.5));
}
