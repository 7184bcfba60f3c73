import path from 'node:path';
import { assessImage } from '../assess/assess.js';
import {
  layerSecrets,
  type ScanOutcome,
  scanForAssessment,
  seriousVulnerabilities,
} from '../assess/security-checks.js';
import type { DockerEngine } from '../engine/types.js';
import type { ContainerizeReport, Verification } from './model.js';

const SCAN_TIMEOUT_SECONDS = 120;

/** One scan (vulnerabilities and layer secrets), and in words what it could not check. */
export async function scanBuiltImage(
  engine: DockerEngine,
  image: string,
  signal: AbortSignal,
): Promise<{ outcome: ScanOutcome; summary: NonNullable<ContainerizeReport['scan']> }> {
  const outcome = await scanForAssessment(engine, image, {
    engine: 'auto',
    timeoutSeconds: SCAN_TIMEOUT_SECONDS,
    signal,
  });
  const vulnerabilities = seriousVulnerabilities(outcome);
  const secrets = layerSecrets(outcome);
  const notChecked = [
    ...(vulnerabilities.known ? [] : [`vulnerabilities: ${vulnerabilities.reason}`]),
    ...(secrets.known || !outcome.ok ? [] : [`secrets: ${secrets.reason}`]),
  ];
  return {
    outcome,
    summary: {
      status: outcome.ok ? `vulnerabilities ${outcome.result.vulnerabilityStatus}` : 'failed',
      critical: vulnerabilities.known ? vulnerabilities.critical : undefined,
      high: vulnerabilities.known ? vulnerabilities.high : undefined,
      secrets: secrets.known ? secrets.messages.length : undefined,
      notChecked,
    },
  };
}

/** image_assess's scorecard, reusing the build time, the verified run and the scan. */
export async function assessBuiltImage(
  engine: DockerEngine,
  options: {
    image: string;
    projectDir: string;
    buildMs: number;
    verification: Verification;
    scan: ScanOutcome;
    signal: AbortSignal;
  },
): Promise<NonNullable<ContainerizeReport['assessment']>> {
  const { verification } = options;
  const assessment = await assessImage(engine, {
    image: options.image,
    dockerfilePath: path.join(options.projectDir, 'Dockerfile'),
    contextDir: options.projectDir,
    buildDurationMs: options.buildMs,
    runHealthcheck: false,
    healthTimeoutMs: 0,
    scan: { engine: 'auto', timeoutSeconds: SCAN_TIMEOUT_SECONDS },
    signal: options.signal,
    reuse: {
      scan: options.scan,
      run:
        verification.method === 'healthcheck' && verification.healthyMs !== undefined
          ? { outcome: 'healthy', elapsedMs: verification.healthyMs }
          : undefined,
    },
  });
  return {
    verdict: assessment.verdict,
    score: assessment.score,
    failed: assessment.criteria
      .filter((c) => c.status === 'fail')
      .map((c) => `${c.id}: ${c.measured} (budget ${c.budget})`),
    unknown: assessment.criteria.filter((c) => c.status === 'unknown').map((c) => c.id),
  };
}

/** The scan's findings as checks: what it could not check stays out of both lists. */
export function checkScan(report: ContainerizeReport): void {
  const scan = report.scan;
  if (!scan) return;
  const serious = (scan.critical ?? 0) + (scan.high ?? 0);
  if (scan.critical !== undefined) {
    if (serious > 0) report.checks.failed.push(`scan: ${scan.critical} critical, ${scan.high} high`);
    else report.checks.passed.push('scan: no critical or high vulnerabilities');
  }
  if (scan.secrets !== undefined) {
    if (scan.secrets > 0) report.checks.failed.push(`scan: ${scan.secrets} secret(s) in layers`);
    else report.checks.passed.push('scan: no secrets in layers');
  }
}
