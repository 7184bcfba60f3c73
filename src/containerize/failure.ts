import { ToolError } from '../errors.js';
import type { ContainerizeReport, Verification } from './model.js';
import type { StageFailure } from './stages.js';

type Failure = NonNullable<ContainerizeReport['failure']>;

const NEXT_STEP: Partial<Record<Failure['stage'], string>> = {
  detect:
    'Point dir (or appDir) at the folder that holds the app’s manifest (package.json, pyproject.toml...).',
  generate: 'Resolve what the reason names, then call project_containerize again.',
  build:
    'Fix the failing step shown above in the Dockerfile (or the project), then call project_containerize again.',
  run: 'Check the engine with system_info, then call project_containerize again.',
};

/** A stage that threw: its reason (a build's failing step and output tail) and the next step. */
export function describeFailure(failure: StageFailure): Failure {
  const cause = failure.cause;
  const hint = cause instanceof ToolError ? cause.hint : undefined;
  return {
    stage: failure.stage,
    reason: failure.message,
    nextStep:
      hint ?? NEXT_STEP[failure.stage] ?? 'Fix the reason above, then call project_containerize again.',
  };
}

/** A container that did not pass: its exit code and last log lines, and where to look. */
export function verifyFailure(verification: Verification): Failure {
  const crashed = verification.exitCode !== undefined;
  return {
    stage: 'verify',
    reason: `The container ${crashed ? 'stopped' : 'did not become ready'}: ${verification.detail}.`,
    exitCode: verification.exitCode,
    evidence: verification.evidence,
    nextStep: crashed
      ? 'Read the last log lines: fix the start command, a missing file or setting in the Dockerfile, then call project_containerize again (it keeps your edited Dockerfile).'
      : 'The app did not answer: check the port it listens on (pass port) and its health route, then call project_containerize again.',
  };
}
