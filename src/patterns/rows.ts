import type { LintCounts, Pattern, PatternEvidence, PatternSource, VulnerabilityCounts } from './types.js';

/** A row of patterns joined with its pattern_files row, as SQLite returns it. */
export interface PatternRow {
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
  successful_builds: number;
  last_success: number | null;
  image_size: number | null;
  build_ms: number | null;
  lint: string | null;
  vulnerabilities: string | null;
  engine_version: string | null;
  created_at: number;
  updated_at: number;
}

export type EvidenceRow = Pick<
  PatternRow,
  | 'successful_builds'
  | 'last_success'
  | 'image_size'
  | 'build_ms'
  | 'lint'
  | 'vulnerabilities'
  | 'engine_version'
>;

const present = <T>(value: T | null): T | undefined => (value === null ? undefined : value);

export function evidenceFromRow(row: EvidenceRow): PatternEvidence {
  return {
    successfulBuilds: row.successful_builds,
    lastSuccess: row.last_success === null ? undefined : new Date(row.last_success).toISOString(),
    imageSizeBytes: present(row.image_size),
    buildTimeMs: present(row.build_ms),
    lint: row.lint === null ? undefined : (JSON.parse(row.lint) as LintCounts),
    vulnerabilities:
      row.vulnerabilities === null
        ? undefined
        : (JSON.parse(row.vulnerabilities) as VulnerabilityCounts | 'unknown'),
    engineVersion: present(row.engine_version),
  };
}

export function evidenceToRow(evidence: PatternEvidence): EvidenceRow {
  return {
    successful_builds: evidence.successfulBuilds,
    last_success: evidence.lastSuccess ? Date.parse(evidence.lastSuccess) : null,
    image_size: evidence.imageSizeBytes ?? null,
    build_ms: evidence.buildTimeMs ?? null,
    lint: evidence.lint ? JSON.stringify(evidence.lint) : null,
    vulnerabilities: evidence.vulnerabilities ? JSON.stringify(evidence.vulnerabilities) : null,
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
