import { type PatternOutcome, type PatternRecording, recordProvenBuild } from '../build/record-pattern.js';
import type { BuildResult } from '../build/run.js';
import type { Verification } from './model.js';

/**
 * The one place containerize writes to the pattern memory: for now through the build-time
 * store API, and only for an image that also ran and passed its verification.
 */
export async function recordContainerized(
  ctx: PatternRecording,
  build: BuildResult,
  verification: Verification,
): Promise<PatternOutcome> {
  if (!verification.passed)
    return { recorded: false, reason: `not recorded: verification failed (${verification.detail})` };
  return recordProvenBuild(ctx, build);
}
