import type { PatternEvidence, ScanEvidence } from './types.js';

/**
 * How search results are ranked. Every part lies in [0, 1]; higher is better.
 *
 *   score     = 0.4 × relevance + 0.6 × quality
 *   quality   = 0.5 × proven + 0.5 × evidence
 *               (proven is 1 for status "proven", else 0: a proven pattern outranks every
 *               candidate of the same relevance, and evidence orders each group)
 *   evidence  = reliability × (0.30 × trials + 0.20 × size + 0.15 × speed + 0.25 × clean)
 *               + 0.10 × recency
 *   trials    = 0.7 × (1 − 0.5^verifiedRuns) + 0.3 × (1 − 0.5^successfulBuilds)
 *   reliability = (verifiedRuns + 1) / (verifiedRuns + failedTrials + 1)
 *               (1 without failures; a Dockerfile that built once and then crashed: 0.5)
 *   recency   = 1 / (1 + daysSinceLastSuccess / 90)  (0 when it never built; halves at 90 days)
 *   size      = 200 / (200 + imageSizeMB)           (0.5 at 200 MB; 0.5 when unknown)
 *   speed     = 5 / (5 + secondsToHealthy)          (0.5 at 5 s; 0.5 when unknown)
 *   clean     = 1 / (1 + lintPenalty + scanPenalty)
 *   lintPenalty = 3 × errors + 1 × warnings + 0.2 × infos            (0.5 when never linted)
 *   scanPenalty = 0 when clean; 4 × critical + 2 × high + 0.5 × medium + 0.1 × low for
 *                 findings (1 without counts); 0.5 when unavailable, not run or not recorded
 *
 *   relevance = Σ idf(w) × found(w) / Σ idf(w), over the query's words w
 *               (1 for every pattern when there is no text)
 *   found(w)  = 1 when w is in the title, tags, language, framework or package manager;
 *               0.3 when it is only in the base image, notes or Dockerfile; else 0
 *   idf(w)    = max(0.1, ln((N − n + 0.5) / (n + 0.5))) for a word in n of the N patterns:
 *               bm25's IDF, floored so that a common word still counts a little.
 *   A pattern is a result of a text query only when one of the words is in its primary
 *   fields (what it is about: title, tags, stack) or every word is somewhere in it; a word
 *   found only deep in an unrelated Dockerfile does not make it one.
 *
 * Everything but recency is fixed between trials, so it is stored with the pattern
 * (`staticQuality`) and only recency is computed at query time. Changing the formula means
 * bumping RANKING_VERSION, so that opening a store recomputes what it stored.
 */
export const RANKING = {
  relevanceWeight: 0.4,
  qualityWeight: 0.6,
  provenWeight: 0.5,
  evidenceWeight: 0.5,
  trialsWeight: 0.3,
  recencyWeight: 0.1,
  sizeWeight: 0.2,
  speedWeight: 0.15,
  cleanWeight: 0.25,
  recencyHalfLifeDays: 90,
  sizeHalfMegabytes: 200,
  speedHalfSeconds: 5,
  unknownPenalty: 0.5,
  /** found(w) for a word that is only in the base image, notes or Dockerfile. */
  secondaryFieldMatch: 0.3,
  minimumWordWeight: 0.1,
} as const;

export const RANKING_VERSION = 2;

const MEGABYTE = 1024 * 1024;
const DAY_MS = 24 * 60 * 60 * 1000;

type TrialCounts = Pick<PatternEvidence, 'verifiedRuns' | 'successfulBuilds' | 'failedTrials'>;

export function trialsScore(counts: TrialCounts): number {
  return 0.7 * (1 - 0.5 ** counts.verifiedRuns) + 0.3 * (1 - 0.5 ** counts.successfulBuilds);
}

export function reliability(counts: TrialCounts): number {
  return (counts.verifiedRuns + 1) / (counts.verifiedRuns + counts.failedTrials + 1);
}

export function sizeScore(imageSizeBytes: number | undefined): number {
  if (imageSizeBytes === undefined) return 0.5;
  return RANKING.sizeHalfMegabytes / (RANKING.sizeHalfMegabytes + imageSizeBytes / MEGABYTE);
}

export function speedScore(timeToHealthyMs: number | undefined): number {
  if (timeToHealthyMs === undefined) return 0.5;
  return RANKING.speedHalfSeconds / (RANKING.speedHalfSeconds + timeToHealthyMs / 1000);
}

function scanPenalty(scan: ScanEvidence | undefined): number {
  if (scan?.status === 'clean') return 0;
  if (scan?.status !== 'findings') return RANKING.unknownPenalty;
  const counts = scan.counts;
  if (!counts) return 1;
  return 4 * counts.critical + 2 * counts.high + 0.5 * counts.medium + 0.1 * counts.low;
}

export function cleanScore(evidence: Pick<PatternEvidence, 'lint' | 'scan'>): number {
  const { lint } = evidence;
  const lintPenalty = lint ? 3 * lint.error + lint.warning + 0.2 * lint.info : RANKING.unknownPenalty;
  return 1 / (1 + lintPenalty + scanPenalty(evidence.scan));
}

/** The part of quality that does not change with time, already weighted into quality's scale. */
export function staticQuality(evidence: PatternEvidence): number {
  const measured =
    reliability(evidence) *
    (RANKING.trialsWeight * trialsScore(evidence) +
      RANKING.sizeWeight * sizeScore(evidence.imageSizeBytes) +
      RANKING.speedWeight * speedScore(evidence.timeToHealthyMs) +
      RANKING.cleanWeight * cleanScore(evidence));
  return (evidence.status === 'proven' ? RANKING.provenWeight : 0) + RANKING.evidenceWeight * measured;
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
  const recency = RANKING.evidenceWeight * RANKING.recencyWeight * recencyScore(lastSuccessMs, nowMs);
  return RANKING.relevanceWeight * relevance + RANKING.qualityWeight * (staticQualityPart + recency);
}

/** The full score of a pattern, as search computes it. */
export function patternScore(evidence: PatternEvidence, relevance: number, nowMs: number): number {
  const lastSuccess = evidence.lastSuccess ? Date.parse(evidence.lastSuccess) : undefined;
  return rankScore(relevance, staticQuality(evidence), lastSuccess, nowMs);
}

/** bm25's inverse document frequency of a word found in `matching` of `total` patterns, floored. */
export function wordWeight(matching: number, total: number): number {
  return Math.max(RANKING.minimumWordWeight, Math.log((total - matching + 0.5) / (matching + 0.5)));
}
