import { describeEngine } from './engine-info.js';
import type { ScanResult } from './model.js';
import { severities } from './model.js';
import type { PolicyResult } from './policy.js';
import { findingId, summariseFindings, topFindings } from './summary.js';

function cell(value: string | undefined, width: number): string {
  const text = value ?? '';
  return text.length > width ? `${text.slice(0, width - 1)}…` : text.padEnd(width);
}

/** A human-readable report: verdict and vulnerability status first, then the findings. */
export function formatScanTable(result: ScanResult, verdict: PolicyResult, limit = 50): string {
  const summary = summariseFindings(result.findings);
  const counts = severities.map((s) => `${s}: ${summary.bySeverity[s]}`).join('  ');
  const vulnLine =
    result.vulnerabilityStatus === 'unavailable'
      ? `Vulnerabilities: NOT CHECKED: ${result.vulnerabilityNote ?? 'no vulnerability data.'}`
      : result.vulnerabilityStatus === 'not-requested'
        ? 'Vulnerabilities: not requested'
        : `Vulnerabilities: ${summary.vulnerabilities.total} (${summary.vulnerabilities.fixable} fixable) from ${result.vulnerabilitySource}`;
  const lines = [
    `${result.target}${result.os ? ` (${result.os.family} ${result.os.version ?? ''})` : ''}`.trimEnd(),
    `Engine: ${describeEngine(result.engine)}`,
    vulnLine,
    `Findings: ${summary.total}  ${counts}   Packages: ${result.packages.length}`,
    `Policy: ${verdict.verdict.toUpperCase()}: ${verdict.reason}`,
    ...verdict.expiredAllowances.map((entry) => `Allow-list entry ${entry.id} expired on ${entry.expires}.`),
    ...result.warnings.map((warning) => `Warning: ${warning}`),
  ];
  const shown = topFindings(result.findings, limit);
  if (shown.length) {
    lines.push('', `${cell('SEVERITY', 9)} ${cell('KIND', 8)} ${cell('ID', 22)} ${cell('WHERE', 34)} DETAIL`);
    for (const finding of shown) {
      const where =
        finding.kind === 'vulnerability'
          ? `${finding.packageName} ${finding.installedVersion}`
          : finding.target;
      const detail =
        finding.kind === 'vulnerability'
          ? finding.fixedVersion
            ? `fixed in ${finding.fixedVersion}`
            : 'no fix yet'
          : finding.kind === 'secret'
            ? `${finding.masked}${finding.deletedLater ? ' (deleted later, still in the image)' : ''}`
            : finding.kind === 'misconfiguration'
              ? finding.title
              : (finding.packageName ?? '');
      lines.push(
        `${cell(finding.severity, 9)} ${cell(finding.kind.slice(0, 8), 8)} ${cell(findingId(finding), 22)} ${cell(where, 34)} ${detail}`,
      );
    }
    if (result.findings.length > shown.length)
      lines.push(`… and ${result.findings.length - shown.length} more (use --format json).`);
  }
  return `${lines.join('\n')}\n`;
}
