import type { PatternEvidence, TrialEvidence } from './types.js';

/** built: the image built, nothing more is known. passed: it built, ran and passed its checks. */
export type TrialOutcome = 'passed' | 'failed' | 'built';

const MAX_LIST = 20;
const MAX_NAME = 100;

/** Why a passed trial does not make its pattern proven; undefined when it does. */
export function notProvenBecause(trial: TrialEvidence): string | undefined {
  if (!trial.lint) return 'its lint result was not recorded';
  if (trial.lint.error + trial.lint.warning > 0)
    return `lint found ${trial.lint.error} error(s) and ${trial.lint.warning} warning(s)`;
  if (!trial.scan) return 'its scan status was not recorded';
  return undefined;
}

const bounded = (names: string[] | undefined) =>
  names && [...new Set(names.map((name) => name.slice(0, MAX_NAME)))].slice(0, MAX_LIST);

/** The trial's measurements over the previous ones: what this trial did not measure is kept. */
function measured(previous: PatternEvidence, trial: TrialEvidence): PatternEvidence {
  const given = Object.entries({
    ...trial,
    baseImages: bounded(trial.baseImages),
    checksPassed: bounded(trial.checksPassed),
  }).filter(([, value]) => value !== undefined);
  return { ...previous, ...Object.fromEntries(given) };
}

export interface NextEvidence {
  evidence: PatternEvidence;
  /** Why the pattern is not (or no longer) proven after this trial; undefined when it is proven. */
  reason?: string;
}

export const NO_EVIDENCE: PatternEvidence = {
  status: 'candidate',
  successfulBuilds: 0,
  verifiedRuns: 0,
  failedTrials: 0,
};

/**
 * The evidence after one trial. A build alone changes no status; a passed trial makes the
 * pattern proven when its lint was clean and its scan status recorded; a failure demotes a
 * proven pattern to candidate and counts against it in ranking (see RANKING).
 */
export function nextEvidence(
  previous: PatternEvidence,
  outcome: TrialOutcome,
  trial: TrialEvidence,
  at: Date,
  failedStage = 'unknown',
): NextEvidence {
  const when = at.toISOString();
  const evidence = measured(previous, trial);
  if (outcome === 'failed') {
    const demoted = previous.status === 'proven' ? ', so it is a candidate again' : '';
    return {
      evidence: {
        ...evidence,
        status: 'candidate',
        failedTrials: previous.failedTrials + 1,
        lastFailure: when,
        failedStage: failedStage.slice(0, MAX_NAME),
      },
      reason: `its last trial failed at ${failedStage}${demoted}`,
    };
  }
  const built = { ...evidence, successfulBuilds: previous.successfulBuilds + 1, lastSuccess: when };
  if (outcome === 'built') {
    const reason =
      previous.status === 'proven'
        ? undefined
        : 'built only: it is proven once its image runs and passes its checks';
    return { evidence: built, reason };
  }
  const why = notProvenBecause(trial);
  return {
    evidence: {
      ...built,
      status: why ? previous.status : 'proven',
      verifiedRuns: previous.verifiedRuns + 1,
      lastVerified: when,
    },
    reason: why && previous.status !== 'proven' ? `it passed, but ${why}` : undefined,
  };
}
