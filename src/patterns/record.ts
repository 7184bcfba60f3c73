import type { Database } from 'better-sqlite3';
import { evidenceFromRow } from './rows.js';
import { finalBaseImage, sanitiseContent } from './sanitise.js';
import type { PatternEvidence, PatternFiles, StackInfo } from './types.js';
import { insertPattern, newPatternId, rowByHash, updateContent, updateEvidence } from './write.js';

/** What one successful build measured; fields nobody measured stay undefined. */
export type BuildEvidence = Omit<PatternEvidence, 'successfulBuilds' | 'lastSuccess'>;

export interface RecordBuildInput extends PatternFiles {
  /** The stack as project detection reported it; the base image defaults to the final stage's. */
  stack?: StackInfo;
  evidence: BuildEvidence;
  title?: string;
  tags?: string[];
  notes?: string;
  /** When the build succeeded; now by default. */
  at?: Date;
}

export interface RecordBuildResult {
  id: string;
  /** False when the Dockerfile was already known and only its evidence was updated. */
  created: boolean;
  successfulBuilds: number;
}

/** Tags a reader would search for, derived from what the files contain. */
export function derivedTags(files: PatternFiles, stack: StackInfo): string[] {
  const tags = [stack.language, stack.framework, stack.packageManager].filter((tag): tag is string => !!tag);
  if ((files.dockerfile.match(/^\s*FROM\s/gim) ?? []).length > 1) tags.push('multi-stage');
  if (/--mount=type=cache/i.test(files.dockerfile)) tags.push('cache-mount');
  if (/--mount=type=secret/i.test(files.dockerfile)) tags.push('build-secret');
  if (files.compose) tags.push('compose');
  return tags;
}

function defaultTitle(stack: StackInfo): string {
  const what = [stack.language, stack.framework].filter(Boolean).join(' / ') || 'Dockerfile';
  return stack.baseImage ? `${what} on ${stack.baseImage}` : what;
}

function mergedEvidence(
  previous: PatternEvidence | undefined,
  build: BuildEvidence,
  at: Date,
): PatternEvidence {
  return {
    successfulBuilds: (previous?.successfulBuilds ?? 0) + 1,
    lastSuccess: at.toISOString(),
    imageSizeBytes: build.imageSizeBytes ?? previous?.imageSizeBytes,
    buildTimeMs: build.buildTimeMs ?? previous?.buildTimeMs,
    lint: build.lint ?? previous?.lint,
    vulnerabilities: build.vulnerabilities ?? previous?.vulnerabilities,
    engineVersion: build.engineVersion ?? previous?.engineVersion,
  };
}

/**
 * Inserts the Dockerfile as a recorded pattern, or adds this build to the evidence of the
 * pattern with the same normalised hash. Runs in an IMMEDIATE transaction so that two
 * processes recording at once serialise on the write lock instead of losing a count.
 */
export function recordBuild(db: Database, input: RecordBuildInput): RecordBuildResult {
  const at = input.at ?? new Date();
  const stack: StackInfo = {
    ...input.stack,
    baseImage: input.stack?.baseImage ?? finalBaseImage(input.dockerfile),
  };
  const content = sanitiseContent({
    ...input,
    ...stack,
    title: input.title ?? defaultTitle(stack),
    tags: [...(input.tags ?? []), ...derivedTags(input, stack)],
  });
  return db
    .transaction((): RecordBuildResult => {
      const existing = rowByHash(db, content.hash);
      if (!existing) {
        const id = newPatternId(db, content.hash);
        const evidence = mergedEvidence(undefined, input.evidence, at);
        insertPattern(db, { id, source: 'recorded', content, evidence, now: at.getTime() });
        return { id, created: true, successfulBuilds: 1 };
      }
      const evidence = mergedEvidence(evidenceFromRow(existing), input.evidence, at);
      updateEvidence(db, existing.rowid, evidence, at.getTime());
      updateContent(
        db,
        existing.rowid,
        {
          ...content,
          title: existing.title,
          language: existing.language ?? content.language,
          framework: existing.framework ?? content.framework,
          packageManager: existing.package_manager ?? content.packageManager,
          baseImage: existing.base_image ?? content.baseImage,
          tags: [...new Set([...existing.tags.split(' ').filter(Boolean), ...content.tags])].sort(),
          dockerfile: existing.dockerfile,
          dockerignore: content.dockerignore ?? existing.dockerignore ?? undefined,
          compose: content.compose ?? existing.compose ?? undefined,
          notes: existing.notes ?? content.notes,
        },
        at.getTime(),
      );
      return { id: existing.id, created: false, successfulBuilds: evidence.successfulBuilds };
    })
    .immediate();
}
