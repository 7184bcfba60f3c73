import { z } from 'zod';
import { ruleByCode } from '../../dockerfile/lint/docs.js';
import { type Finding, SEVERITY_ORDER, type Severity } from '../../dockerfile/lint/types.js';

/** One finding as the lint and fix tools return it. */
export const reportedFinding = z.object({
  code: z.string(),
  line: z.number().int(),
  column: z.number().int(),
  endLine: z.number().int(),
  message: z.string(),
  fix: z.string().optional().describe('How to fix it.'),
  fixable: z.boolean().describe('dockerfile_fix can apply a safe fix for it.'),
  docs: z.string().describe('MCP resource with the rule documentation (or call dockerfile_rule).'),
});

const perSeverity = <T extends z.ZodType>(item: T) =>
  z.object({ error: item, warning: item, info: item, style: item });

/** Findings grouped by severity, bounded, with full counts. */
export const findingsReport = z.object({
  counts: perSeverity(z.number().int()),
  findings: perSeverity(z.array(reportedFinding)),
  truncated: z.boolean().describe('True when more findings exist than maxFindings.'),
});

export type FindingsReport = z.input<typeof findingsReport>;

function toReported(f: Finding): z.input<typeof reportedFinding> {
  return {
    code: f.code,
    line: f.line,
    column: f.column,
    endLine: f.endLine,
    message: f.message,
    fix: f.fix?.description ?? ruleByCode(f.code)?.docs.howToFix,
    fixable: f.fixable,
    docs: `dockwright://rules/${f.code}`,
  };
}

/** The most severe `maxFindings` findings, grouped by severity, in line order within a group. */
export function reportFindings(findings: Finding[], maxFindings: number): FindingsReport {
  const kept = [...findings]
    .sort(
      (a, b) => SEVERITY_ORDER.indexOf(a.severity) - SEVERITY_ORDER.indexOf(b.severity) || a.line - b.line,
    )
    .slice(0, maxFindings);
  const group = (s: Severity) => kept.filter((f) => f.severity === s).map(toReported);
  const count = (s: Severity) => findings.filter((f) => f.severity === s).length;
  return {
    counts: { error: count('error'), warning: count('warning'), info: count('info'), style: count('style') },
    findings: {
      error: group('error'),
      warning: group('warning'),
      info: group('info'),
      style: group('style'),
    },
    truncated: findings.length > kept.length,
  };
}

/** "2 error(s), 1 warning(s), 0 info, 0 style." or "No findings." */
export function describeCounts(counts: Record<Severity, number>): string {
  const { error, warning, info, style } = counts;
  return error + warning + info + style === 0
    ? 'No findings.'
    : `${error} error(s), ${warning} warning(s), ${info} info, ${style} style.`;
}
