export const CRITERION_IDS = [
  'image-size',
  'build-time',
  'vulnerabilities',
  'multi-stage',
  'non-root',
  'healthcheck',
  'dockerignore',
  'secrets',
  'startup-time',
] as const;
export type CriterionId = (typeof CRITERION_IDS)[number];

/** `unknown` means it could not be measured (the reason says why); it never counts as a pass. */
export type CriterionStatus = 'pass' | 'fail' | 'unknown';

export interface Criterion {
  id: CriterionId;
  title: string;
  status: CriterionStatus;
  /** The measured value as a person reads it, e.g. `312.4 MB`. */
  measured: string;
  budget: string;
  /** The measured number (bytes, milliseconds, a count) when there is one. */
  value?: number;
  /** Why it failed or could not be measured. */
  reason?: string;
}

export type Verdict = 'pass' | 'fail' | 'incomplete';

export interface Assessment {
  image: string;
  stack: string;
  /** fail: some criterion failed; incomplete: none failed but some are unknown. */
  verdict: Verdict;
  pass: boolean;
  /** Share of criteria that passed, 0 to 100. */
  score: number;
  counts: Record<CriterionStatus, number>;
  criteria: Criterion[];
}

export function measuredOutcome(
  id: CriterionId,
  title: string,
  budget: string,
  passed: boolean,
  measured: string,
  details: { value?: number; reason?: string } = {},
): Criterion {
  return {
    id,
    title,
    status: passed ? 'pass' : 'fail',
    measured,
    budget,
    ...(details.value === undefined ? {} : { value: details.value }),
    ...(passed || !details.reason ? {} : { reason: details.reason }),
  };
}

export function unknownOutcome(id: CriterionId, title: string, budget: string, reason: string): Criterion {
  return { id, title, status: 'unknown', measured: 'not measured', budget, reason };
}

export function summarise(image: string, stack: string, criteria: Criterion[]): Assessment {
  const counts = { pass: 0, fail: 0, unknown: 0 };
  for (const criterion of criteria) counts[criterion.status]++;
  const verdict: Verdict = counts.fail > 0 ? 'fail' : counts.unknown > 0 ? 'incomplete' : 'pass';
  return {
    image,
    stack,
    verdict,
    pass: verdict === 'pass',
    score: criteria.length === 0 ? 0 : Math.round((100 * counts.pass) / criteria.length),
    counts,
    criteria,
  };
}

export const seconds = (ms: number): string => `${(ms / 1000).toFixed(1)} s`;
