import { ToolError } from '../../errors.js';
import type { Finding, Package, ScanResult, Severity } from '../model.js';
import { severities } from '../model.js';

/** The parts of Trivy's JSON report (SchemaVersion 2) we read; every array may be absent. */
interface TrivyReport {
  SchemaVersion?: number;
  ArtifactName?: string;
  ArtifactType?: string;
  Metadata?: { OS?: { Family?: string; Name?: string } };
  Results?: TrivyResult[] | null;
}

interface TrivyResult {
  Target: string;
  Class?: string;
  Type?: string;
  Packages?: TrivyPackage[] | null;
  Vulnerabilities?: TrivyVulnerability[] | null;
  Misconfigurations?: TrivyMisconfiguration[] | null;
  Secrets?: TrivySecret[] | null;
  Licenses?: TrivyLicense[] | null;
}

interface TrivyPackage {
  Name: string;
  Version: string;
  Epoch?: number;
  Release?: string;
  Arch?: string;
  SrcName?: string;
  SrcVersion?: string;
  SrcEpoch?: number;
  Licenses?: string[];
  FilePath?: string;
  Layer?: { DiffID?: string };
}

interface TrivyVulnerability {
  VulnerabilityID: string;
  PkgName: string;
  InstalledVersion: string;
  FixedVersion?: string;
  Severity?: string;
  Title?: string;
  PrimaryURL?: string;
  Layer?: { DiffID?: string };
}

interface TrivyMisconfiguration {
  ID: string;
  AVDID?: string;
  Title?: string;
  Message?: string;
  Resolution?: string;
  Severity?: string;
  PrimaryURL?: string;
  Status?: string;
  CauseMetadata?: { StartLine?: number; EndLine?: number };
}

interface TrivySecret {
  RuleID: string;
  Title?: string;
  Severity?: string;
  StartLine?: number;
  Match?: string;
  Layer?: { DiffID?: string };
}

interface TrivyLicense {
  Name: string;
  PkgName?: string;
  Severity?: string;
  Category?: string;
  FilePath?: string;
}

const ecosystemByType: Record<string, Package['ecosystem']> = {
  debian: 'deb',
  ubuntu: 'deb',
  alpine: 'apk',
  npm: 'npm',
  yarn: 'npm',
  pnpm: 'npm',
  'node-pkg': 'npm',
  pip: 'pypi',
  pipenv: 'pypi',
  poetry: 'pypi',
  'python-pkg': 'pypi',
  gomod: 'golang',
  gobinary: 'golang',
};

export function toSeverity(value: string | undefined): Severity {
  const upper = (value ?? '').toUpperCase();
  return (severities as readonly string[]).includes(upper) ? (upper as Severity) : 'UNKNOWN';
}

/** `DS002`, `AVD-DS-0002` and `DS-0002` all become `DS-0002`; other IDs pass unchanged. */
export function normaliseCheckId(id: string, avdId?: string): { id: string; legacyId?: string } {
  const legacy = /^([A-Z]+)(\d{3,})$/.exec(id);
  if (legacy) return { id: `${legacy[1]}-${legacy[2].padStart(4, '0')}`, legacyId: id };
  if (/^[A-Z]+-\d{4,}$/.test(id)) return { id };
  const fromAvd = avdId && /^AVD-([A-Z]+-\d+)$/.exec(avdId);
  return fromAvd ? { id: fromAvd[1], legacyId: id } : { id };
}

function withEpoch(version: string, epoch?: number): string {
  return epoch ? `${epoch}:${version}` : version;
}

function toPackage(pkg: TrivyPackage, type: string | undefined): Package | undefined {
  const ecosystem = type ? ecosystemByType[type] : undefined;
  if (!ecosystem) return undefined;
  const release = pkg.Release ? `-${pkg.Release}` : '';
  return {
    name: pkg.Name,
    version: withEpoch(pkg.Version + release, pkg.Epoch),
    ecosystem,
    sourceName: pkg.SrcName,
    sourceVersion: pkg.SrcVersion ? withEpoch(pkg.SrcVersion, pkg.SrcEpoch) : undefined,
    arch: pkg.Arch,
    licenses: pkg.Licenses,
    path: pkg.FilePath,
    layer: pkg.Layer?.DiffID,
  };
}

function findingsOf(result: TrivyResult): Finding[] {
  const target = result.Target;
  const findings: Finding[] = [];
  for (const v of result.Vulnerabilities ?? []) {
    findings.push({
      kind: 'vulnerability',
      id: v.VulnerabilityID,
      packageName: v.PkgName,
      installedVersion: v.InstalledVersion,
      fixedVersion: v.FixedVersion || undefined,
      severity: toSeverity(v.Severity),
      title: v.Title,
      url: v.PrimaryURL,
      target,
      layer: v.Layer?.DiffID,
    });
  }
  for (const m of result.Misconfigurations ?? []) {
    if (m.Status && m.Status !== 'FAIL') continue;
    findings.push({
      kind: 'misconfiguration',
      ...normaliseCheckId(m.ID, m.AVDID),
      title: m.Title ?? m.ID,
      severity: toSeverity(m.Severity),
      message: m.Message ?? '',
      resolution: m.Resolution,
      url: m.PrimaryURL,
      target,
      startLine: m.CauseMetadata?.StartLine,
      endLine: m.CauseMetadata?.EndLine,
    });
  }
  for (const s of result.Secrets ?? []) {
    findings.push({
      kind: 'secret',
      ruleId: s.RuleID,
      title: s.Title ?? s.RuleID,
      severity: toSeverity(s.Severity),
      target,
      layer: s.Layer?.DiffID,
      line: s.StartLine,
      // Trivy masks the value in Match already; cap its length all the same.
      masked: (s.Match ?? '').slice(0, 200),
    });
  }
  for (const l of result.Licenses ?? []) {
    findings.push({
      kind: 'license',
      name: l.Name,
      packageName: l.PkgName,
      severity: toSeverity(l.Severity),
      category: l.Category,
      target: l.FilePath || target,
    });
  }
  return findings;
}

export type ParsedTrivyReport = Pick<ScanResult, 'target' | 'targetType' | 'os' | 'packages' | 'findings'>;

export function parseTrivyReport(json: string): ParsedTrivyReport {
  let report: TrivyReport;
  try {
    report = JSON.parse(json) as TrivyReport;
  } catch (error) {
    throw new ToolError('PARSE_ERROR', `Trivy's report is not JSON: ${(error as Error).message}.`);
  }
  if (report.SchemaVersion !== 2) {
    throw new ToolError(
      'PARSE_ERROR',
      `Trivy's report has SchemaVersion ${report.SchemaVersion ?? 'none'}; only version 2 is understood.`,
      'Use a Trivy release from 0.20 on.',
    );
  }
  const results = report.Results ?? [];
  const os = report.Metadata?.OS?.Family
    ? { family: report.Metadata.OS.Family, version: report.Metadata.OS.Name }
    : undefined;
  return {
    target: report.ArtifactName ?? '',
    targetType: report.ArtifactType === 'container_image' ? 'image' : 'filesystem',
    os,
    packages: results.flatMap((r) => (r.Packages ?? []).flatMap((p) => toPackage(p, r.Type) ?? [])),
    findings: results.flatMap(findingsOf),
  };
}
