import type { Database } from 'better-sqlite3';
import { evidenceFromRow } from './rows.js';
import { baseImagesOf, finalBaseImage, sanitiseContent } from './sanitise.js';
import { NO_EVIDENCE, nextEvidence, type TrialOutcome } from './trial-evidence.js';
import type { PatternEvidence, PatternFiles, PatternStatus, StackInfo, TrialEvidence } from './types.js';
import { insertPattern, newPatternId, rowByHash, updateContent, updateEvidence } from './write.js';

export type { TrialOutcome } from './trial-evidence.js';

export interface RecordTrialInput extends PatternFiles {
  /** The stack as project detection reported it; the base image defaults to the final stage's. */
  stack: StackInfo;
  outcome: TrialOutcome;
  /** For outcome 'failed': the stage that failed (build, run, verify, scan...). */
  failedStage?: string;
  evidence: TrialEvidence;
  title?: string;
  tags?: string[];
  notes?: string;
  /** When the trial ended; now by default. */
  at?: Date;
}

export interface RecordTrialResult {
  /** False only for a failed trial of a Dockerfile the memory did not hold: failures alone are not kept. */
  recorded: boolean;
  id?: string;
  /** True when the Dockerfile was new to the memory. */
  created: boolean;
  status?: PatternStatus;
  evidence?: PatternEvidence;
  /** Why the pattern is not proven after this trial (or why nothing was recorded); absent when proven. */
  reason?: string;
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

/**
 * Records one trial of a Dockerfile: inserts it as a recorded pattern, or updates the pattern
 * with the same normalised hash (see trial-evidence.ts for the status rules). Runs in an
 * IMMEDIATE transaction so that two processes recording at once serialise on the write lock
 * instead of losing a count.
 */
export function recordTrial(db: Database, input: RecordTrialInput): RecordTrialResult {
  const at = input.at ?? new Date();
  const stack: StackInfo = {
    ...input.stack,
    baseImage: input.stack.baseImage ?? finalBaseImage(input.dockerfile),
  };
  const content = sanitiseContent({
    ...input,
    ...stack,
    title: input.title ?? defaultTitle(stack),
    tags: [...(input.tags ?? []), ...derivedTags(input, stack)],
  });
  const trial = {
    ...input.evidence,
    baseImages: input.evidence.baseImages ?? baseImagesOf(content.dockerfile),
  };
  return db
    .transaction((): RecordTrialResult => {
      const existing = rowByHash(db, content.hash);
      if (!existing && input.outcome === 'failed') {
        return {
          recorded: false,
          created: false,
          reason: 'a Dockerfile that failed and was never recorded is not kept: the memory keeps what worked',
        };
      }
      const previous = existing ? evidenceFromRow(existing) : NO_EVIDENCE;
      const { evidence, reason } = nextEvidence(previous, input.outcome, trial, at, input.failedStage);
      if (!existing) {
        const id = newPatternId(db, content.hash);
        insertPattern(db, { id, source: 'recorded', content, evidence, now: at.getTime() });
        return { recorded: true, id, created: true, status: evidence.status, evidence, reason };
      }
      updateEvidence(db, existing.rowid, evidence, at.getTime());
      const result = {
        recorded: true,
        id: existing.id,
        created: false,
        status: evidence.status,
        evidence,
        reason,
      };
      // The files of a failed trial do not replace those of the trials that worked.
      if (input.outcome === 'failed') return result;
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
      return result;
    })
    .immediate();
}
