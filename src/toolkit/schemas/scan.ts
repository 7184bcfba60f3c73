import { z } from 'zod';
import { describeEngine } from '../../scan/engine-info.js';
import type { Finding, ScanResult } from '../../scan/model.js';
import { severities } from '../../scan/model.js';
import type { Policy, PolicyResult } from '../../scan/policy.js';
import { findingId, findingMessage, summariseFindings, topFindings } from '../../scan/summary.js';

/** Input fields scan_image and scan_project share. */
export const scanInputFields = {
  engine: z
    .enum(['auto', 'trivy', 'builtin'])
    .default('auto')
    .describe('auto: Trivy if installed, else built-in.'),
  severities: z.array(z.enum(severities)).optional(),
  ignoreUnfixed: z.boolean().default(false),
  failOn: z.enum(severities).default('HIGH').describe('Lowest failing severity.'),
  allow: z
    .array(
      z.object({
        id: z.string(),
        package: z.string().optional(),
        expires: z
          .string()
          .regex(/^\d{4}-\d{2}-\d{2}$/)
          .optional(),
        reason: z.string().optional(),
      }),
    )
    .default([]),
  osvDir: z.string().optional().describe('OSV records: folder or zip.'),
  ignoreFile: z.string().optional(),
  timeoutSeconds: z.number().int().min(5).max(3600).default(180),
  limit: z.number().int().min(1).max(200).default(20),
};

const severityCounts = z.object(
  Object.fromEntries(severities.map((s) => [s, z.number().int()])) as Record<
    (typeof severities)[number],
    z.ZodNumber
  >,
);

export const scanOutput = z.object({
  target: z.string(),
  engine: z
    .string()
    .describe('What produced the result: Trivy and its version, or the built-in scanner and its data.'),
  vulnerabilityStatus: z
    .enum(['scanned', 'unavailable', 'not-requested'])
    .describe(
      'Only "scanned" means vulnerabilities were looked for; "unavailable" is never "0 vulnerabilities".',
    ),
  vulnerabilityNote: z.string().optional(),
  vulnerabilitySource: z.string().optional(),
  os: z.string().optional(),
  packages: z.number().int(),
  summary: z.object({
    total: z.number().int(),
    bySeverity: severityCounts,
    vulnerabilities: z.number().int(),
    fixable: z.number().int(),
    secrets: z.number().int(),
    misconfigurations: z.number().int(),
  }),
  topFindings: z.array(
    z.object({
      kind: z.enum(['vulnerability', 'misconfiguration', 'secret', 'license']),
      id: z.string(),
      severity: z.enum(severities),
      message: z.string(),
      package: z.string().optional(),
      installedVersion: z.string().optional(),
      fixedVersion: z.string().optional(),
      target: z.string(),
      layer: z.string().optional(),
    }),
  ),
  truncated: z.boolean().describe('True when more findings exist than topFindings shows.'),
  policy: z.object({
    verdict: z.enum(['pass', 'fail', 'incomplete']),
    failOn: z.enum(severities),
    reason: z.string(),
    violations: z.number().int(),
    allowed: z.number().int(),
    ignoredUnfixed: z.number().int(),
    expiredAllowances: z.array(z.string()),
  }),
  warnings: z.array(z.string()),
});

export type ScanView = z.input<typeof scanOutput>;

function findingView(finding: Finding): ScanView['topFindings'][number] {
  const vuln = finding.kind === 'vulnerability' ? finding : undefined;
  return {
    kind: finding.kind,
    id: findingId(finding),
    severity: finding.severity,
    message: findingMessage(finding).slice(0, 500),
    package: vuln?.packageName,
    installedVersion: vuln?.installedVersion,
    fixedVersion: vuln?.fixedVersion,
    target: finding.target,
    layer: finding.kind === 'vulnerability' || finding.kind === 'secret' ? finding.layer : undefined,
  };
}

/** The bounded, structured view of a scan that tools return. */
export function scanView(result: ScanResult, policy: Policy, verdict: PolicyResult, limit: number): ScanView {
  const summary = summariseFindings(result.findings);
  return {
    target: result.target,
    engine: `${describeEngine(result.engine)}${result.reusedFrom ? `; its result of ${result.reusedFrom} for the same image, options and database, reused` : ''}`,
    vulnerabilityStatus: result.vulnerabilityStatus,
    vulnerabilityNote: result.vulnerabilityNote,
    vulnerabilitySource: result.vulnerabilitySource,
    os: result.os ? `${result.os.family} ${result.os.version ?? ''}`.trim() : undefined,
    packages: result.packages.length,
    summary: {
      total: summary.total,
      bySeverity: summary.bySeverity,
      vulnerabilities: summary.vulnerabilities.total,
      fixable: summary.vulnerabilities.fixable,
      secrets: summary.byKind.secret,
      misconfigurations: summary.byKind.misconfiguration,
    },
    topFindings: topFindings(result.findings, limit).map(findingView),
    truncated: result.findings.length > limit,
    policy: {
      verdict: verdict.verdict,
      failOn: policy.failOn,
      reason: verdict.reason,
      violations: verdict.violations.length,
      allowed: verdict.allowed,
      ignoredUnfixed: verdict.ignoredUnfixed,
      expiredAllowances: verdict.expiredAllowances.map((entry) => `${entry.id} (expired ${entry.expires})`),
    },
    warnings: result.warnings,
  };
}

/** The text beside structuredContent: the verdict and the status first, so it is never misread as clean. */
export function scanSummaryText(view: z.output<typeof scanOutput>): string {
  const counts = severities.map((s) => `${s} ${view.summary.bySeverity[s]}`).join(', ');
  const vulns =
    view.vulnerabilityStatus === 'unavailable'
      ? `Vulnerabilities: NOT CHECKED (data unavailable). ${view.vulnerabilityNote ?? ''}`
      : view.vulnerabilityStatus === 'not-requested'
        ? 'Vulnerabilities: not requested.'
        : `Vulnerabilities: ${view.summary.vulnerabilities} (${view.summary.fixable} fixable), from ${view.vulnerabilitySource}.`;
  const top = view.topFindings.slice(0, 10).map((f) => `- [${f.severity}] ${f.message}`);
  return [
    `Policy ${view.policy.verdict.toUpperCase()} (fail on ${view.policy.failOn}+): ${view.policy.reason}`,
    `${view.target}: ${view.summary.total} finding(s): ${counts}. ${view.packages} package(s).`,
    vulns,
    `Engine: ${view.engine}`,
    ...top,
    ...view.warnings.map((w) => `Warning: ${w}`),
  ].join('\n');
}
