import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { lintText } from '../dockerfile/lint/lint-text.js';
import { errorMessage } from '../errors.js';
import type { PatternStore } from '../patterns/index.js';
import type { StackInfo } from '../patterns/types.js';
import { detectProject } from '../project/detect.js';
import type { BuildResult } from './run.js';

export interface PatternOutcome {
  recorded: boolean;
  id?: string;
  successfulBuilds?: number;
  reason?: string;
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

/**
 * After a successful build: a Dockerfile that also lints without errors is recorded in the
 * pattern memory (or its evidence updated). The store masks secret values and refuses
 * private keys. A store that cannot be opened never fails the build; the outcome says why.
 */
/** What recording needs from its caller (a tool's context provides all of it). */
export interface PatternRecording {
  policy: { recordPatterns: boolean };
  signal: AbortSignal;
  patterns(): Promise<PatternStore>;
}

export async function recordProvenBuild(ctx: PatternRecording, result: BuildResult): Promise<PatternOutcome> {
  if (!ctx.policy.recordPatterns)
    return { recorded: false, reason: 'recording is off (--no-record-patterns)' };
  const dockerfile = await readOptional(result.dockerfile);
  if (!dockerfile) return { recorded: false, reason: 'the Dockerfile could not be read back' };
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
  try {
    const store = await ctx.patterns();
    const outcome = await store.recordBuild({
      dockerfile,
      dockerignore: await readOptional(path.join(result.context, '.dockerignore')),
      compose: await readOptional(path.join(result.context, 'compose.yaml')),
      stack: stackOf(result.context),
      evidence: {
        imageSizeBytes: result.sizeBytes,
        buildTimeMs: result.durationMs,
        lint,
        engineVersion: result.engineVersion,
      },
    });
    return { recorded: true, id: outcome.id, successfulBuilds: outcome.successfulBuilds };
  } catch (error) {
    return { recorded: false, reason: `pattern store unavailable: ${errorMessage(error)}` };
  }
}
