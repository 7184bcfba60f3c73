/** The one finding model that Trivy's reports and the built-in scanner both produce. */

export const severities = ['CRITICAL', 'HIGH', 'MEDIUM', 'LOW', 'UNKNOWN'] as const;
export type Severity = (typeof severities)[number];

export type Ecosystem = 'deb' | 'apk' | 'npm' | 'pypi' | 'golang';

export interface Package {
  name: string;
  version: string;
  ecosystem: Ecosystem;
  /** The source package (Debian `Source:`, Alpine origin), which security trackers key on. */
  sourceName?: string;
  sourceVersion?: string;
  arch?: string;
  licenses?: string[];
  /** The file the package was read from. */
  path?: string;
  /** Diff id of the layer that holds that file. */
  layer?: string;
}

export interface VulnerabilityFinding {
  kind: 'vulnerability';
  id: string;
  aliases?: string[];
  packageName: string;
  installedVersion: string;
  fixedVersion?: string;
  severity: Severity;
  title?: string;
  url?: string;
  target: string;
  layer?: string;
}

export interface MisconfigurationFinding {
  kind: 'misconfiguration';
  /** Normalised to the new form, `DS-0002`. */
  id: string;
  /** The form older Trivy versions print, `DS002`, when known. */
  legacyId?: string;
  title: string;
  severity: Severity;
  message: string;
  resolution?: string;
  url?: string;
  target: string;
  startLine?: number;
  endLine?: number;
}

export interface SecretFinding {
  kind: 'secret';
  ruleId: string;
  title: string;
  severity: Severity;
  /** The file, relative to the image or project root. */
  target: string;
  layer?: string;
  line?: number;
  /** The matched text with the secret's value masked; the value itself is never kept. */
  masked: string;
  /** True when a later layer deleted the file: the secret still ships in the image. */
  deletedLater?: boolean;
}

export interface LicenseFinding {
  kind: 'license';
  name: string;
  packageName?: string;
  severity: Severity;
  category?: string;
  target: string;
}

export type Finding = VulnerabilityFinding | MisconfigurationFinding | SecretFinding | LicenseFinding;

export type ScanEngine =
  | { name: 'trivy'; version: string; path: string }
  | { name: 'dockwright-builtin'; version: string; dataSources: string[] };

/**
 * Whether vulnerabilities were looked for. Only `scanned` allows "no vulnerabilities";
 * `unavailable` means the data was missing and nothing can be said.
 */
export type VulnerabilityStatus = 'scanned' | 'unavailable' | 'not-requested';

export interface ScanResult {
  target: string;
  targetType: 'image' | 'filesystem' | 'config';
  engine: ScanEngine;
  vulnerabilityStatus: VulnerabilityStatus;
  /** Why vulnerability data was unavailable, and what to do. */
  vulnerabilityNote?: string;
  /** Where vulnerability data came from: Trivy's database, or an OSV folder and its record count. */
  vulnerabilitySource?: string;
  os?: { family: string; version?: string };
  packages: Package[];
  findings: Finding[];
  warnings: string[];
  /** The built-in scanner's image layers: how many it read now; the others it had read before (the layer cache). */
  layers?: { total: number; read: number };
  /** When this is an earlier Trivy result reused (same image, options and database): when Trivy produced it. */
  reusedFrom?: string;
}
