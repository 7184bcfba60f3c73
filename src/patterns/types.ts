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

/** What a pattern has proved. Fields are undefined when nothing measured them. */
export interface PatternEvidence {
  successfulBuilds: number;
  /** ISO 8601 time of the last successful build. */
  lastSuccess?: string;
  imageSizeBytes?: number;
  buildTimeMs?: number;
  lint?: LintCounts;
  /** 'unknown' when a scan ran but no vulnerability data source answered. */
  vulnerabilities?: VulnerabilityCounts | 'unknown';
  engineVersion?: string;
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
