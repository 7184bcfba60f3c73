import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { ScanOutcome } from '../assess/security-checks.js';
import { type PatternOutcome, type PatternRecording, recordPatternTrial } from '../build/record-pattern.js';
import type { BuildResult } from '../build/run.js';
import type { ScanEvidence, VulnerabilityCounts } from '../patterns/index.js';
import type { Workspace } from '../workspace.js';
import type { StageName, Verification } from './model.js';
import type { Prepared } from './prepare.js';

/** One run of the loop on a Dockerfile, as far as it got. */
export interface ContainerizeTrial {
  prepared: Prepared;
  /** The stage that failed; absent when the image built, ran and passed its verification. */
  failedStage?: StageName;
  build?: BuildResult;
  verification?: Verification;
  scan?: ScanOutcome;
  checksPassed: string[];
}

/** Security: through the workspace, so a .dockerignore symlinked outside it is not stored. */
async function readDockerignore(workspace: Workspace, projectDir: string): Promise<string | undefined> {
  try {
    return await readFile(workspace.resolve(path.join(projectDir, '.dockerignore'), 'read'), 'utf8');
  } catch {
    return undefined;
  }
}

function scanEvidence(scan: ScanOutcome | undefined): ScanEvidence {
  if (!scan?.ok) return { status: 'not-run' };
  if (scan.result.vulnerabilityStatus !== 'scanned') return { status: 'unavailable' };
  const counts: VulnerabilityCounts = { critical: 0, high: 0, medium: 0, low: 0, unknown: 0 };
  for (const finding of scan.result.findings) {
    if (finding.kind !== 'vulnerability') continue;
    const severity = finding.severity.toLowerCase() as keyof VulnerabilityCounts;
    counts[severity in counts ? severity : 'unknown'] += 1;
  }
  const found = Object.values(counts).some((count) => count > 0);
  return found ? { status: 'findings', counts } : { status: 'clean' };
}

/**
 * The one place containerize writes to the pattern memory: a passed trial (built, ran,
 * verified) with its evidence, or a failed one, which demotes a Dockerfile the memory holds.
 */
export async function recordContainerized(
  ctx: PatternRecording & { workspace: Workspace },
  trial: ContainerizeTrial,
): Promise<Pick<PatternOutcome, 'recorded' | 'id' | 'status' | 'reason'>> {
  const { plan, projectDir, dockerfile, lintCounts } = trial.prepared;
  const { workspace } = ctx;
  const { recorded, id, status, reason } = await recordPatternTrial(ctx, {
    dockerfile,
    dockerignore: await readDockerignore(workspace, projectDir),
    stack: {
      language: plan.language.value,
      framework: plan.framework?.value,
      packageManager: plan.packageManager?.value,
    },
    outcome: trial.failedStage ? 'failed' : 'passed',
    failedStage: trial.failedStage,
    evidence: {
      imageSizeBytes: trial.build?.sizeBytes,
      buildTimeMs: trial.build?.durationMs,
      timeToHealthyMs: trial.verification?.healthyMs,
      lint: lintCounts,
      scan: trial.failedStage ? undefined : scanEvidence(trial.scan),
      checksPassed: trial.checksPassed,
      engineVersion: trial.build?.engineVersion,
    },
  });
  return { recorded, id, status, reason };
}
