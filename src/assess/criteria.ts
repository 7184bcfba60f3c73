import type { HealthcheckSpec } from '../engine/types.js';
import { formatMegabytes } from '../units.js';
import type { DockerignoreCheck } from './dockerignore-check.js';
import { type Criterion, measuredOutcome, seconds, unknownOutcome } from './model.js';
import type { layerSecrets, seriousVulnerabilities } from './security-checks.js';
import type { SizeBudget, Stack } from './stack.js';
import type { TrialRun } from './trial-run.js';
import type { UserCheck } from './user.js';

export const BUILD_TIME_BUDGET_MS = 5 * 60_000;
export const STARTUP_BUDGET_MS = 10_000;

export function imageSizeCriterion(sizeBytes: number, { mb: budgetMb, basis }: SizeBudget): Criterion {
  const budget = `≤ ${budgetMb} MB (${basis})`;
  return measuredOutcome(
    'image-size',
    'Final image size',
    budget,
    sizeBytes <= budgetMb * 1e6,
    formatMegabytes(sizeBytes),
    {
      value: sizeBytes,
      reason: `The image is ${formatMegabytes(sizeBytes)}, over the ${budgetMb} MB budget (${basis}): use a slimmer base and copy only runtime files into the final stage.`,
    },
  );
}

/** `measuredBy` names the tool of this server that timed the build, when it was not given. */
export function buildTimeCriterion(buildDurationMs: number | undefined, measuredBy?: string): Criterion {
  const title = 'Build time';
  const budget = `≤ ${BUILD_TIME_BUDGET_MS / 60_000} min`;
  if (buildDurationMs === undefined)
    return unknownOutcome(
      'build-time',
      title,
      budget,
      'This server did not build the image and no build time was given: build it with image_build, or pass the durationMs of the build.',
    );
  return measuredOutcome(
    'build-time',
    title,
    budget,
    buildDurationMs <= BUILD_TIME_BUDGET_MS,
    `${seconds(buildDurationMs)}${measuredBy ? ` (measured by ${measuredBy})` : ''}`,
    {
      value: buildDurationMs,
      reason: `The build took ${seconds(buildDurationMs)}: order layers so dependencies cache, and use cache mounts.`,
    },
  );
}

export function vulnerabilityCriterion(found: ReturnType<typeof seriousVulnerabilities>): Criterion {
  const title = 'HIGH/CRITICAL vulnerabilities';
  if (!found.known) return unknownOutcome('vulnerabilities', title, '0', found.reason);
  const total = found.critical + found.high;
  return measuredOutcome(
    'vulnerabilities',
    title,
    '0',
    total === 0,
    `${found.critical} CRITICAL, ${found.high} HIGH`,
    {
      value: total,
      reason: `${total} HIGH/CRITICAL: ${found.examples.join('; ')}${total > found.examples.length ? '; …' : ''}`,
    },
  );
}

/**
 * A static site needs no build tools to serve its files, and a single stage that installs or
 * compiles nothing (`buildStep` undefined) ships none: either passes with one stage.
 */
export function multiStageCriterion(
  stageCount: number | undefined,
  stack: Stack,
  buildStep?: string,
): Criterion {
  const title = 'Multi-stage build';
  const budget = stack === 'static' ? '≥ 1 stage (static files)' : '≥ 2 stages, or 1 that builds nothing';
  if (stageCount === undefined)
    return unknownOutcome(
      'multi-stage',
      title,
      budget,
      'No Dockerfile given: pass its file (or the build context dir) to check it.',
    );
  const single = stageCount === 1 && (stack === 'static' || buildStep === undefined);
  return measuredOutcome(
    'multi-stage',
    title,
    budget,
    stageCount >= 2 || single,
    `${stageCount} stage${stageCount === 1 ? '' : 's'}${single && stack !== 'static' ? ', nothing built' : ''}`,
    {
      value: stageCount,
      reason: `The Dockerfile has a single stage that builds (${(buildStep ?? '').slice(0, 80)}), so build tools ship in the image: build in one stage and copy the output into a slim final stage.`,
    },
  );
}

export function nonRootCriterion(check: UserCheck): Criterion {
  const title = 'Runs as non-root';
  const budget = 'USER with uid ≠ 0';
  if (check.runsAsRoot === undefined)
    return { ...unknownOutcome('non-root', title, budget, check.reason), measured: check.measured };
  return measuredOutcome('non-root', title, budget, !check.runsAsRoot, check.measured, {
    reason: check.runsAsRoot ? `${check.reason} Add a non-root user and a USER instruction.` : undefined,
  });
}

export function healthcheckCriterion(
  healthcheck: HealthcheckSpec | undefined,
  run: TrialRun | undefined,
): Criterion {
  const title = 'HEALTHCHECK defined and passing';
  const budget = 'defined, healthy';
  if (!healthcheck) {
    return measuredOutcome('healthcheck', title, budget, false, 'none', {
      reason:
        'The image defines no HEALTHCHECK, so nothing can tell when it is ready: add one that probes the app.',
    });
  }
  if (!run)
    return unknownOutcome('healthcheck', title, budget, 'Defined, but not run (runHealthcheck is false).');
  return measuredOutcome('healthcheck', title, budget, run.outcome === 'healthy', run.outcome, {
    reason: `The container did not become healthy (${run.outcome} after ${seconds(run.elapsedMs)}).${run.evidence ? `\n${run.evidence}` : ''}`,
  });
}

export function startupCriterion(
  healthcheck: HealthcheckSpec | undefined,
  run: TrialRun | undefined,
): Criterion {
  const title = 'Start-up time (run to healthy)';
  const budget = `≤ ${seconds(STARTUP_BUDGET_MS)}`;
  if (!healthcheck)
    return unknownOutcome(
      'startup-time',
      title,
      budget,
      'No HEALTHCHECK, so the moment it is ready cannot be observed.',
    );
  if (!run) return unknownOutcome('startup-time', title, budget, 'Not run (runHealthcheck is false).');
  if (run.outcome !== 'healthy') {
    return measuredOutcome(
      'startup-time',
      title,
      budget,
      false,
      `not healthy after ${seconds(run.elapsedMs)}`,
      {
        value: run.elapsedMs,
        reason: `It never became healthy (${run.outcome}).`,
      },
    );
  }
  const slowInterval = (healthcheck.intervalMs ?? 30_000) >= STARTUP_BUDGET_MS;
  return measuredOutcome(
    'startup-time',
    title,
    budget,
    run.elapsedMs <= STARTUP_BUDGET_MS,
    seconds(run.elapsedMs),
    {
      value: run.elapsedMs,
      reason: `Healthy only after ${seconds(run.elapsedMs)}.${slowInterval ? ` The HEALTHCHECK interval is ${seconds(healthcheck.intervalMs ?? 30_000)}, and the first check runs only after it: shorten it (or set --start-interval).` : ''}`,
    },
  );
}

export function dockerignoreCriterion(check: DockerignoreCheck | undefined): Criterion {
  const title = '.dockerignore excludes secrets and VCS data';
  const budget = 'excludes .env, *.pem, id_rsa, .git';
  if (!check)
    return unknownOutcome(
      'dockerignore',
      title,
      budget,
      'No build context given: pass its dir (or the Dockerfile file) to check it.',
    );
  if (!check.present) {
    return measuredOutcome('dockerignore', title, budget, false, 'missing', {
      reason: 'The build context has no .dockerignore, so secrets and .git are sent to the builder.',
    });
  }
  const passed = check.notExcluded.length === 0;
  return measuredOutcome(
    'dockerignore',
    title,
    budget,
    passed,
    passed ? 'present, all excluded' : `does not exclude ${check.notExcluded.join(', ')}`,
    {
      reason: `.dockerignore does not exclude ${check.notExcluded.join(', ')}: add those lines.`,
    },
  );
}

export function secretsCriterion(layers: ReturnType<typeof layerSecrets>, envNames: string[]): Criterion {
  const title = 'No secrets in layers or environment';
  const budget = '0';
  const envPart = envNames.length ? [`environment variables ${envNames.join(', ')} carry secret values`] : [];
  if (!layers.known) {
    if (envPart.length === 0)
      return unknownOutcome('secrets', title, budget, `Layers not checked. ${layers.reason}`);
    return measuredOutcome(
      'secrets',
      title,
      budget,
      false,
      `${envNames.length} in environment, layers not checked`,
      {
        value: envNames.length,
        reason: `${envPart[0]}; pass them at run time instead.`,
      },
    );
  }
  const total = layers.messages.length + envNames.length;
  const shown = layers.messages.slice(0, 3);
  return measuredOutcome(
    'secrets',
    title,
    budget,
    total === 0,
    `${layers.messages.length} in layers, ${envNames.length} in environment`,
    {
      value: total,
      reason: `${[...shown, ...envPart].join('; ')}${layers.messages.length > shown.length ? '; …' : ''}. Use build secrets and run-time environment instead.`,
    },
  );
}
