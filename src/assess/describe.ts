import type { Assessment, Criterion } from './model.js';

const firstLine = (text: string) => text.split('\n')[0];

function line(criterion: Criterion): string {
  return `${criterion.title}: ${criterion.measured} (budget ${criterion.budget})${criterion.reason ? `: ${firstLine(criterion.reason)}` : ''}`;
}

/** The short text beside the structured result: the verdict, then failures and unknowns with reasons. */
export function describeAssessment(assessment: Assessment): string {
  const { counts } = assessment;
  const head =
    `${assessment.image} (${assessment.stack}): ${assessment.verdict.toUpperCase()}, ` +
    `${counts.pass}/${assessment.criteria.length} passed, score ${assessment.score}` +
    `${counts.fail ? `, ${counts.fail} failed` : ''}${counts.unknown ? `, ${counts.unknown} unknown` : ''}.`;
  const failed = assessment.criteria.filter((c) => c.status === 'fail').map((c) => `FAIL ${line(c)}`);
  const unknown = assessment.criteria.filter((c) => c.status === 'unknown').map((c) => `UNKNOWN ${line(c)}`);
  return [head, ...failed, ...unknown].join('\n');
}

/** Every criterion, one line each, for the CLI. */
export function describeAllCriteria(assessment: Assessment): string {
  const mark = { pass: 'PASS   ', fail: 'FAIL   ', unknown: 'UNKNOWN' } as const;
  const rows = assessment.criteria.map((c) => `${mark[c.status]} ${line(c)}`);
  return [...rows, '', describeAssessment(assessment).split('\n')[0]].join('\n');
}
