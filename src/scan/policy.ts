import type { Finding, ScanResult, Severity } from './model.js';
import { findingId, severityRank } from './summary.js';

export interface AllowEntry {
  /** A finding id: CVE/GHSA/OSV id, a check id like DS-0002, or a secret rule id. */
  id: string;
  /** Only for this package (vulnerabilities). */
  package?: string;
  /** Last day the entry applies, YYYY-MM-DD; after it the finding counts again. */
  expires?: string;
  reason?: string;
}

export interface Policy {
  /** The lowest severity that fails the gate. */
  failOn: Severity;
  ignoreUnfixed: boolean;
  allow: AllowEntry[];
}

export type Verdict = 'pass' | 'fail' | 'incomplete';

export interface PolicyResult {
  verdict: Verdict;
  reason: string;
  violations: Finding[];
  allowed: number;
  ignoredUnfixed: number;
  expiredAllowances: AllowEntry[];
}

function isExpired(entry: AllowEntry, today: string): boolean {
  return entry.expires !== undefined && entry.expires < today;
}

function allows(entry: AllowEntry, finding: Finding): boolean {
  const ids =
    finding.kind === 'vulnerability' ? [finding.id, ...(finding.aliases ?? [])] : [findingId(finding)];
  if (finding.kind === 'misconfiguration' && finding.legacyId) ids.push(finding.legacyId);
  if (!ids.includes(entry.id)) return false;
  return !entry.package || (finding.kind === 'vulnerability' && finding.packageName === entry.package);
}

/**
 * The CI gate. A scan whose vulnerability data was unavailable cannot pass: it is
 * `incomplete`, so that a scan that did not look is never taken for a clean one.
 */
export function evaluatePolicy(
  result: ScanResult,
  policy: Policy,
  today = new Date().toISOString().slice(0, 10),
): PolicyResult {
  const active = policy.allow.filter((entry) => !isExpired(entry, today));
  const expiredAllowances = policy.allow.filter((entry) => isExpired(entry, today));
  let allowed = 0;
  let ignoredUnfixed = 0;
  const violations: Finding[] = [];
  for (const finding of result.findings) {
    if (severityRank[finding.severity] < severityRank[policy.failOn] || finding.kind === 'license') continue;
    if (policy.ignoreUnfixed && finding.kind === 'vulnerability' && !finding.fixedVersion) {
      ignoredUnfixed++;
    } else if (active.some((entry) => allows(entry, finding))) {
      allowed++;
    } else {
      violations.push(finding);
    }
  }
  const base = { violations, allowed, ignoredUnfixed, expiredAllowances };
  if (violations.length) {
    return {
      ...base,
      verdict: 'fail',
      reason: `${violations.length} finding(s) at ${policy.failOn} or above.`,
    };
  }
  if (result.vulnerabilityStatus === 'unavailable') {
    return {
      ...base,
      verdict: 'incomplete',
      reason:
        `Vulnerability data was unavailable, so the gate cannot pass. ${result.vulnerabilityNote ?? ''}`.trim(),
    };
  }
  return { ...base, verdict: 'pass', reason: `No finding at ${policy.failOn} or above.` };
}
