import type { DockerEngine } from '../engine/types.js';
import { ToolError } from '../errors.js';
import type { ScanResult } from '../scan/model.js';
import type { ScanOptions } from '../scan/options.js';
import { scanImage } from '../scan/scan-image.js';
import { findingMessage } from '../scan/summary.js';
import { isSecretName, secretKindOf } from '../security/secrets.js';

export type ScanOutcome = { ok: true; result: ScanResult } | { ok: false; reason: string };

/** One scan (vulnerabilities and layer secrets); a failure becomes a reason, cancellation stays an error. */
export async function scanForAssessment(
  engine: DockerEngine,
  image: string,
  options: Omit<ScanOptions, 'scanners'>,
): Promise<ScanOutcome> {
  try {
    return { ok: true, result: await scanImage(engine, image, { ...options, scanners: ['vuln', 'secret'] }) };
  } catch (error) {
    if (error instanceof ToolError && error.code === 'CANCELLED') throw error;
    const text = error instanceof ToolError ? error.toText() : (error as Error).message;
    return { ok: false, reason: `The scan failed: ${text}` };
  }
}

/** HIGH and CRITICAL vulnerabilities, or why they are not known. */
export function seriousVulnerabilities(
  scan: ScanOutcome,
): { known: true; critical: number; high: number; examples: string[] } | { known: false; reason: string } {
  if (!scan.ok) return { known: false, reason: scan.reason };
  if (scan.result.vulnerabilityStatus !== 'scanned') {
    return {
      known: false,
      reason: scan.result.vulnerabilityNote ?? 'No vulnerability data source answered.',
    };
  }
  const serious = scan.result.findings.filter(
    (finding) =>
      finding.kind === 'vulnerability' && (finding.severity === 'CRITICAL' || finding.severity === 'HIGH'),
  );
  return {
    known: true,
    critical: serious.filter((finding) => finding.severity === 'CRITICAL').length,
    high: serious.filter((finding) => finding.severity === 'HIGH').length,
    examples: serious.slice(0, 3).map(findingMessage),
  };
}

/** Public values that only look secret by name: GPG key fingerprints of official images, paths to secret files. */
const PUBLIC_NAMES = /^(GPG_KEYS?|.*_FILE|.*_PATH)$/;

/** Names of environment variables that carry a secret value (the values are never returned). */
export function secretEnvNames(env: string[]): string[] {
  return env
    .map((entry) => {
      const at = entry.indexOf('=');
      return at < 0 ? { name: entry, value: '' } : { name: entry.slice(0, at), value: entry.slice(at + 1) };
    })
    .filter(
      ({ name, value }) =>
        secretKindOf(value) !== undefined ||
        (value !== '' && isSecretName(name) && !PUBLIC_NAMES.test(name) && !value.startsWith('/')),
    )
    .map(({ name }) => name);
}

/** Secrets the scan found in layers (files deleted later included), as short messages. */
export function layerSecrets(
  scan: ScanOutcome,
): { known: true; messages: string[] } | { known: false; reason: string } {
  if (!scan.ok) return { known: false, reason: scan.reason };
  return {
    known: true,
    messages: scan.result.findings.filter((finding) => finding.kind === 'secret').map(findingMessage),
  };
}
