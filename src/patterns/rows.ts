import type {
  LintCounts,
  Pattern,
  PatternEvidence,
  PatternSource,
  PatternStatus,
  ScanEvidence,
} from './types.js';

/** The evidence columns of patterns, in the order the statements list them. */
export const EVIDENCE_COLUMNS = [
  'status',
  'successful_builds',
  'verified_runs',
  'failed_trials',
  'last_success',
  'last_verified',
  'last_failure',
  'failed_stage',
  'image_size',
  'build_ms',
  'healthy_ms',
  'lint',
  'scan',
  'base_images',
  'checks_passed',
  'engine_version',
] as const;

export interface EvidenceRow {
  status: PatternStatus;
  successful_builds: number;
  verified_runs: number;
  failed_trials: number;
  last_success: number | null;
  last_verified: number | null;
  last_failure: number | null;
  failed_stage: string | null;
  image_size: number | null;
  build_ms: number | null;
  healthy_ms: number | null;
  lint: string | null;
  scan: string | null;
  base_images: string | null;
  checks_passed: string | null;
  engine_version: string | null;
}

/** A row of patterns joined with its pattern_files row, as SQLite returns it. */
export interface PatternRow extends EvidenceRow {
  id: string;
  title: string;
  language: string | null;
  framework: string | null;
  package_manager: string | null;
  base_image: string | null;
  tags: string;
  dockerfile: string;
  dockerignore: string | null;
  compose: string | null;
  notes: string | null;
  source: PatternSource;
  dockerfile_hash: string;
  created_at: number;
  updated_at: number;
}

const present = <T>(value: T | null): T | undefined => (value === null ? undefined : value);
const time = (value: number | null) => (value === null ? undefined : new Date(value).toISOString());
const json = <T>(value: string | null): T | undefined =>
  value === null ? undefined : (JSON.parse(value) as T);

export function evidenceFromRow(row: EvidenceRow): PatternEvidence {
  return {
    status: row.status,
    successfulBuilds: row.successful_builds,
    verifiedRuns: row.verified_runs,
    failedTrials: row.failed_trials,
    lastSuccess: time(row.last_success),
    lastVerified: time(row.last_verified),
    lastFailure: time(row.last_failure),
    failedStage: present(row.failed_stage),
    imageSizeBytes: present(row.image_size),
    buildTimeMs: present(row.build_ms),
    timeToHealthyMs: present(row.healthy_ms),
    lint: json<LintCounts>(row.lint),
    scan: json<ScanEvidence>(row.scan),
    baseImages: json<string[]>(row.base_images),
    checksPassed: json<string[]>(row.checks_passed),
    engineVersion: present(row.engine_version),
  };
}

const epoch = (iso: string | undefined) => (iso ? Date.parse(iso) : null);
const stringified = (value: unknown) => (value === undefined ? null : JSON.stringify(value));

export function evidenceToRow(evidence: PatternEvidence): EvidenceRow {
  return {
    status: evidence.status,
    successful_builds: evidence.successfulBuilds,
    verified_runs: evidence.verifiedRuns,
    failed_trials: evidence.failedTrials,
    last_success: epoch(evidence.lastSuccess),
    last_verified: epoch(evidence.lastVerified),
    last_failure: epoch(evidence.lastFailure),
    failed_stage: evidence.failedStage ?? null,
    image_size: evidence.imageSizeBytes ?? null,
    build_ms: evidence.buildTimeMs ?? null,
    healthy_ms: evidence.timeToHealthyMs ?? null,
    lint: stringified(evidence.lint),
    scan: stringified(evidence.scan),
    base_images: stringified(evidence.baseImages),
    checks_passed: stringified(evidence.checksPassed),
    engine_version: evidence.engineVersion ?? null,
  };
}

export function tagsFromColumn(tags: string): string[] {
  return tags ? tags.split(' ') : [];
}

export function patternFromRow(row: PatternRow): Pattern {
  return {
    id: row.id,
    title: row.title,
    language: present(row.language),
    framework: present(row.framework),
    packageManager: present(row.package_manager),
    baseImage: present(row.base_image),
    tags: tagsFromColumn(row.tags),
    dockerfile: row.dockerfile,
    dockerignore: present(row.dockerignore),
    compose: present(row.compose),
    notes: present(row.notes),
    source: row.source,
    dockerfileHash: row.dockerfile_hash,
    evidence: evidenceFromRow(row),
    createdAt: new Date(row.created_at).toISOString(),
    updatedAt: new Date(row.updated_at).toISOString(),
  };
}
