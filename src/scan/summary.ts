import type { Finding, Severity } from './model.js';
import { severities } from './model.js';

export type SeverityCounts = Record<Severity, number>;

export interface FindingSummary {
  total: number;
  bySeverity: SeverityCounts;
  byKind: Record<Finding['kind'], number>;
  vulnerabilities: { total: number; fixable: number; unfixed: number; bySeverity: SeverityCounts };
}

export const severityRank: Record<Severity, number> = { CRITICAL: 4, HIGH: 3, MEDIUM: 2, LOW: 1, UNKNOWN: 0 };

function emptyCounts(): SeverityCounts {
  return Object.fromEntries(severities.map((severity) => [severity, 0])) as SeverityCounts;
}

export function summariseFindings(findings: Finding[]): FindingSummary {
  const bySeverity = emptyCounts();
  const byKind = { vulnerability: 0, misconfiguration: 0, secret: 0, license: 0 };
  const vulnerabilities = { total: 0, fixable: 0, unfixed: 0, bySeverity: emptyCounts() };
  for (const finding of findings) {
    bySeverity[finding.severity]++;
    byKind[finding.kind]++;
    if (finding.kind !== 'vulnerability') continue;
    vulnerabilities.total++;
    vulnerabilities.bySeverity[finding.severity]++;
    if (finding.fixedVersion) vulnerabilities.fixable++;
    else vulnerabilities.unfixed++;
  }
  return { total: findings.length, bySeverity, byKind, vulnerabilities };
}

/** Most severe first; among equals, those with a fix first (they are the ones to act on). */
export function topFindings(findings: Finding[], limit: number): Finding[] {
  const fixable = (finding: Finding) => (finding.kind === 'vulnerability' && finding.fixedVersion ? 1 : 0);
  return [...findings]
    .sort((a, b) => severityRank[b.severity] - severityRank[a.severity] || fixable(b) - fixable(a))
    .slice(0, limit);
}

/** A stable identifier for any finding: what allow-lists and SARIF rules refer to. */
export function findingId(finding: Finding): string {
  switch (finding.kind) {
    case 'vulnerability':
    case 'misconfiguration':
      return finding.id;
    case 'secret':
      return finding.ruleId;
    case 'license':
      return `license:${finding.name}`;
  }
}

export function findingMessage(finding: Finding): string {
  switch (finding.kind) {
    case 'vulnerability': {
      const fix = finding.fixedVersion ? `fixed in ${finding.fixedVersion}` : 'no fix yet';
      return `${finding.id} in ${finding.packageName} ${finding.installedVersion} (${fix})${finding.title ? `: ${finding.title}` : ''}`;
    }
    case 'misconfiguration':
      return `${finding.id} ${finding.title}: ${finding.message}`;
    case 'secret':
      return `${finding.title} in ${finding.target}${finding.line ? `:${finding.line}` : ''}${finding.deletedLater ? ' (deleted in a later layer, still in the image)' : ''}: ${finding.masked}`;
    case 'license':
      return `License ${finding.name}${finding.packageName ? ` of ${finding.packageName}` : ''}`;
  }
}
