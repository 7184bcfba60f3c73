import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { lintText } from '../dockerfile/lint/lint-text.js';
import { errorMessage } from '../errors.js';
import type { PatternStatus, PatternStore, RecordTrialInput, StackInfo } from '../patterns/index.js';
import { detectProject } from '../project/detect.js';
import type { BuildResult } from './run.js';

export interface PatternOutcome {
  recorded: boolean;
  id?: string;
  status?: PatternStatus;
  successfulBuilds?: number;
  /** Why nothing was recorded, or why the pattern is not proven. */
  reason?: string;
}

/** What recording needs from its caller (a tool's context provides all of it). */
export interface PatternRecording {
  policy: { recordPatterns: boolean };
  signal: AbortSignal;
  patterns(): Promise<PatternStore>;
}

const readOptional = (file: string) => readFile(file, 'utf8').catch(() => undefined);

function stackOf(contextDir: string): StackInfo {
  try {
    const plan = detectProject(contextDir);
    return {
      language: plan.language.value,
      framework: plan.framework?.value,
      packageManager: plan.packageManager?.value,
    };
  } catch {
    return {};
  }
}

/** The name of the last stage (the image a plain build produces), when it has one. */
function finalStageName(dockerfile: string): string | undefined {
  const stages = [...dockerfile.matchAll(/^\s*FROM\s+(?:--platform=\S+\s+)?\S+(?:\s+AS\s+(\S+))?/gim)];
  return stages.at(-1)?.[1]?.toLowerCase();
}

/**
 * Records one trial in the pattern memory, for the tools of the build loop. Recording never
 * fails the caller: when it is off or the store cannot be opened, the outcome says why.
 */
export async function recordPatternTrial(
  ctx: PatternRecording,
  input: RecordTrialInput,
): Promise<PatternOutcome> {
  if (!ctx.policy.recordPatterns)
    return { recorded: false, reason: 'recording is off (--no-record-patterns)' };
  try {
    const result = await (await ctx.patterns()).recordTrial(input);
    return {
      recorded: result.recorded,
      id: result.id,
      status: result.status,
      successfulBuilds: result.evidence?.successfulBuilds,
      reason: result.reason,
    };
  } catch (error) {
    return { recorded: false, reason: `pattern store unavailable: ${errorMessage(error)}` };
  }
}

/**
 * After a successful build: a Dockerfile that lints without errors is recorded as a candidate
 * (a build alone proves nothing about running). A build of an earlier stage (`target`) says
 * nothing of the final image, so it is not recorded.
 */
export async function recordBuiltImage(
  ctx: PatternRecording,
  result: BuildResult,
  target?: string,
): Promise<PatternOutcome> {
  if (!ctx.policy.recordPatterns)
    return { recorded: false, reason: 'recording is off (--no-record-patterns)' };
  const dockerfile = await readOptional(result.dockerfile);
  if (!dockerfile) return { recorded: false, reason: 'the Dockerfile could not be read back' };
  if (target && target.toLowerCase() !== finalStageName(dockerfile)) {
    return { recorded: false, reason: `only stage "${target}" was built, not the final image` };
  }
  const { findings } = await lintText(dockerfile, { shellcheck: false, signal: ctx.signal });
  const lint = { error: 0, warning: 0, info: 0 };
  for (const finding of findings) {
    if (finding.severity === 'error' || finding.severity === 'warning' || finding.severity === 'info') {
      lint[finding.severity] += 1;
    }
  }
  if (lint.error > 0) {
    return { recorded: false, reason: `not recorded: ${lint.error} lint error(s); see dockerfile_lint` };
  }
  return recordPatternTrial(ctx, {
    dockerfile,
    dockerignore: await readOptional(path.join(result.context, '.dockerignore')),
    compose: await readOptional(path.join(result.context, 'compose.yaml')),
    stack: stackOf(result.context),
    outcome: 'built',
    evidence: {
      imageSizeBytes: result.sizeBytes,
      buildTimeMs: result.durationMs,
      lint,
      checksPassed: ['build'],
      engineVersion: result.engineVersion,
    },
  });
}
