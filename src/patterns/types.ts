export const PATTERN_SOURCES = ['builtin', 'recorded', 'user'] as const;
export type PatternSource = (typeof PATTERN_SOURCES)[number];

export interface LintCounts {
  error: number;
  warning: number;
  info: number;
}

export interface VulnerabilityCounts {
  critical: number;
  high: number;
  medium: number;
  low: number;
  unknown: number;
}

/**
 * proven: its image built, ran and passed its checks, with lint clean and the scan status
 * recorded, and no trial of it failed since. candidate: everything else (built only, saved
 * by hand, shipped, or demoted by a failure).
 */
export const PATTERN_STATUSES = ['proven', 'candidate'] as const;
export type PatternStatus = (typeof PATTERN_STATUSES)[number];

/** clean: scanned, nothing found; unavailable: a scan ran but no vulnerability data answered. */
export const SCAN_STATUSES = ['clean', 'findings', 'unavailable', 'not-run'] as const;
export type ScanStatus = (typeof SCAN_STATUSES)[number];

export interface ScanEvidence {
  status: ScanStatus;
  /** The vulnerabilities found, for status "findings". */
  counts?: VulnerabilityCounts;
}

/** What one trial of a Dockerfile measured; fields nobody measured stay undefined. */
export interface TrialEvidence {
  imageSizeBytes?: number;
  buildTimeMs?: number;
  /** From start until the container was healthy (or its check first passed). */
  timeToHealthyMs?: number;
  lint?: LintCounts;
  scan?: ScanEvidence;
  /** Every image the Dockerfile builds FROM; derived from the Dockerfile when not given. */
  baseImages?: string[];
  /** The checks that passed, by name (for example build, run, healthcheck, http, scan). */
  checksPassed?: string[];
  engineVersion?: string;
}

/** What a pattern has proved: the latest measurements and the counts of its trials. */
export interface PatternEvidence extends TrialEvidence {
  status: PatternStatus;
  /** Trials whose image built ('built' and 'passed'). */
  successfulBuilds: number;
  /** Trials whose image built, ran and passed its checks. */
  verifiedRuns: number;
  failedTrials: number;
  /** ISO 8601 times of the last successful build, passed trial and failed trial. */
  lastSuccess?: string;
  lastVerified?: string;
  lastFailure?: string;
  /** The stage the last failed trial stopped at. */
  failedStage?: string;
}

/** The stack a Dockerfile belongs to, as project detection reports it. */
export interface StackInfo {
  language?: string;
  framework?: string;
  packageManager?: string;
  baseImage?: string;
}

export interface PatternFiles {
  dockerfile: string;
  dockerignore?: string;
  compose?: string;
}

export interface Pattern extends StackInfo, PatternFiles {
  id: string;
  title: string;
  tags: string[];
  notes?: string;
  source: PatternSource;
  /** sha256 of the normalised, secret-masked Dockerfile: the de-duplication key. */
  dockerfileHash: string;
  evidence: PatternEvidence;
  createdAt: string;
  updatedAt: string;
}

export interface SearchQuery extends StackInfo {
  /** Free text, matched against title, tags, stack, notes and the Dockerfile. */
  text?: string;
  source?: PatternSource;
  /** Every one of these tags must be present. */
  tags?: string[];
  limit?: number;
}

export interface SearchHit extends StackInfo {
  id: string;
  title: string;
  source: PatternSource;
  tags: string[];
  score: number;
  evidence: PatternEvidence;
}

export interface SearchResult {
  hits: SearchHit[];
  /** How many patterns matched in all, before the limit. */
  total: number;
  truncated: boolean;
}
