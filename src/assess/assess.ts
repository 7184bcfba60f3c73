import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseDockerfile } from '../dockerfile/parse/parse.js';
import type { DockerEngine } from '../engine/types.js';
import { ToolError } from '../errors.js';
import { findBaseImage } from '../image/base-image.js';
import type { ScanOptions } from '../scan/options.js';
import { buildStepOf } from './build-step.js';
import {
  buildTimeCriterion,
  dockerignoreCriterion,
  healthcheckCriterion,
  imageSizeCriterion,
  multiStageCriterion,
  nonRootCriterion,
  secretsCriterion,
  startupCriterion,
  vulnerabilityCriterion,
} from './criteria.js';
import { checkDockerignore } from './dockerignore-check.js';
import { finalBaseOf } from './final-base.js';
import { type Assessment, summarise } from './model.js';
import {
  layerSecrets,
  type ScanOutcome,
  scanForAssessment,
  secretEnvNames,
  seriousVulnerabilities,
} from './security-checks.js';
import { inferStack, type Stack, sizeBudget } from './stack.js';
import { type TrialRun, trialRun } from './trial-run.js';
import { checkUser, readImagePasswd } from './user.js';

export interface AssessOptions {
  image: string;
  /** Absolute paths, already checked against the workspace. */
  dockerfilePath?: string;
  contextDir?: string;
  stack?: Stack;
  sizeBudgetMb?: number;
  buildDurationMs?: number;
  /** What the server measured itself about an image id (when it built the image). */
  measuredBuild?(imageId: string): { buildDurationMs: number; measuredBy: string } | undefined;
  runHealthcheck: boolean;
  healthTimeoutMs: number;
  scan: Pick<ScanOptions, 'engine' | 'osvSource' | 'trivyPath' | 'timeoutSeconds'>;
  signal?: AbortSignal;
  onProgress?(message: string): void;
  /** What the caller already measured on this image (a trial run, a scan): reused, not repeated. */
  reuse?: { run?: TrialRun; scan?: ScanOutcome };
}

async function readDockerfile(options: AssessOptions) {
  const file = options.dockerfilePath ?? (options.contextDir && path.join(options.contextDir, 'Dockerfile'));
  if (!file) return undefined;
  try {
    return parseDockerfile(await readFile(file, 'utf8'));
  } catch (error) {
    if (!options.dockerfilePath) return undefined;
    throw new ToolError(
      'NOT_FOUND',
      `Dockerfile "${options.dockerfilePath}" could not be read: ${(error as Error).message}.`,
      'Pass the path of the Dockerfile the image was built from, or leave dockerfile out.',
    );
  }
}

/**
 * Measures an image (and the Dockerfile and context it came from) against production
 * criteria. The trial run goes first and alone, so that the scan does not slow its start-up.
 */
export async function assessImage(engine: DockerEngine, options: AssessOptions): Promise<Assessment> {
  const progress = options.onProgress ?? (() => {});
  const details = await engine.inspectImage(options.image);
  const dockerfile = await readDockerfile(options);
  const contextDir = options.contextDir ?? (options.dockerfilePath && path.dirname(options.dockerfilePath));
  const stack = options.stack ?? inferStack(dockerfile, details.config);
  const base = options.sizeBudgetMb
    ? undefined
    : await findBaseImage(engine, details, finalBaseOf(dockerfile));
  const healthcheck = details.config.healthcheck;
  const measured = options.buildDurationMs === undefined ? options.measuredBuild?.(details.id) : undefined;
  let run = options.reuse?.run;
  if (!run && healthcheck && options.runHealthcheck) {
    progress('Running the image until its HEALTHCHECK answers');
    run = await trialRun(engine, options.image, {
      timeoutMs: options.healthTimeoutMs,
      signal: options.signal,
      onState: (state) => progress(`container ${state}`),
    });
  }
  if (!options.reuse?.scan) progress('Scanning for vulnerabilities and secrets');
  const [scan, user, ignore] = await Promise.all([
    options.reuse?.scan ??
      scanForAssessment(engine, options.image, {
        ...options.scan,
        signal: options.signal,
        onProgress: progress,
      }),
    checkUser(details.config.user, () => readImagePasswd(engine, options.image, options.signal)),
    contextDir ? checkDockerignore(contextDir) : undefined,
  ]);
  return summarise(options.image, stack, [
    imageSizeCriterion(
      details.size,
      options.sizeBudgetMb ? { mb: options.sizeBudgetMb, basis: stack } : sizeBudget(stack, base),
    ),
    buildTimeCriterion(options.buildDurationMs ?? measured?.buildDurationMs, measured?.measuredBy),
    vulnerabilityCriterion(seriousVulnerabilities(scan)),
    multiStageCriterion(dockerfile?.stages.length, stack, buildStepOf(dockerfile)),
    nonRootCriterion(user),
    healthcheckCriterion(healthcheck, run),
    dockerignoreCriterion(ignore),
    secretsCriterion(layerSecrets(scan), secretEnvNames(details.config.env)),
    startupCriterion(healthcheck, run),
  ]);
}
