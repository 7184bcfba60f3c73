import type { Ecosystem, Package, Severity, VulnerabilityFinding } from '../model.js';
import type { OsInfo } from '../os-release.js';
import { compareVersions, type VersionScheme } from '../versions/index.js';
import { cvss3BaseScore, severityOfScore } from './cvss.js';
import { type OsvDatabase, osvKey } from './load.js';
import type { OsvAffected, OsvRange, OsvRecord } from './record.js';

const schemeOf: Record<Ecosystem, VersionScheme> = {
  deb: 'dpkg',
  apk: 'apk',
  npm: 'semver',
  pypi: 'pep440',
  golang: 'semver',
};

/** The OSV ecosystem a package belongs to: `Debian:12`, `Alpine:v3.18`, `npm`, `PyPI`, `Go`. */
export function osvEcosystem(pkg: Package, os: OsInfo | undefined): string | undefined {
  switch (pkg.ecosystem) {
    case 'deb': {
      if (!os?.version) return undefined;
      const family = os.family === 'ubuntu' ? 'Ubuntu' : 'Debian';
      return `${family}:${family === 'Debian' ? os.version.split('.')[0] : os.version}`;
    }
    case 'apk':
      return os?.version ? `Alpine:v${os.version.split('.').slice(0, 2).join('.')}` : undefined;
    case 'npm':
      return 'npm';
    case 'pypi':
      return 'PyPI';
    case 'golang':
      return 'Go';
  }
}

function sameEcosystem(recordEcosystem: string, ours: string): boolean {
  const [base, release] = recordEcosystem.split(':');
  const [ourBase, ourRelease] = ours.split(':');
  return base.toLowerCase() === ourBase.toLowerCase() && (!release || release === ourRelease);
}

/** OSV's range algorithm: walk events in version order, "0" before all; `limit` caps the range. */
export function rangeAffects(range: OsvRange, version: string, compare: (a: string, b: string) => number) {
  const at = (value: string) => (value === '0' ? 1 : compare(version, value));
  const limits = range.events.flatMap((event) => (event.limit ? [event.limit] : []));
  if (limits.length && !limits.some((limit) => limit === '*' || at(limit) < 0)) return { affected: false };
  const sorted = range.events
    .filter((event) => !event.limit)
    .map((event) => ({ event, value: event.introduced ?? event.fixed ?? event.last_affected ?? '0' }))
    .sort((a, b) => (a.value === '0' ? -1 : b.value === '0' ? 1 : compare(a.value, b.value)));
  let affected = false;
  for (const { event } of sorted) {
    if (event.introduced !== undefined && at(event.introduced) >= 0) affected = true;
    else if (event.fixed !== undefined && at(event.fixed) >= 0) affected = false;
    else if (event.last_affected !== undefined && at(event.last_affected) > 0) affected = false;
  }
  const fixed = sorted
    .flatMap(({ event }) => (event.fixed && at(event.fixed) < 0 ? [event.fixed] : []))
    .sort(compare)[0];
  return { affected, fixed };
}

function severityOf(record: OsvRecord, affected: OsvAffected): Severity {
  const named =
    affected.ecosystem_specific?.severity ??
    affected.database_specific?.severity ??
    record.database_specific?.severity;
  if (named) {
    const upper = named.toUpperCase() === 'MODERATE' ? 'MEDIUM' : named.toUpperCase();
    if (['CRITICAL', 'HIGH', 'MEDIUM', 'LOW'].includes(upper)) return upper as Severity;
  }
  const vector = record.severity?.find((s) => s.type.startsWith('CVSS_V3'))?.score;
  const score = vector ? cvss3BaseScore(vector) : undefined;
  return score === undefined ? 'UNKNOWN' : severityOfScore(score);
}

function matchRecord(record: OsvRecord, pkg: Package, ecosystem: string, key: string) {
  const compare = compareVersions[schemeOf[pkg.ecosystem]];
  const version =
    pkg.ecosystem === 'deb' || pkg.ecosystem === 'apk' ? (pkg.sourceVersion ?? pkg.version) : pkg.version;
  for (const affected of record.affected ?? []) {
    if (!affected.package || osvKey(affected.package.ecosystem, affected.package.name) !== key) continue;
    if (!sameEcosystem(affected.package.ecosystem, ecosystem)) continue;
    if (affected.versions?.some((listed) => compare(listed, version) === 0))
      return { affected, fixed: undefined, version };
    for (const range of affected.ranges ?? []) {
      if (range.type === 'GIT') continue;
      const result = rangeAffects(range, version, compare);
      if (result.affected) return { affected, fixed: result.fixed, version };
    }
  }
  return undefined;
}

/** Matches packages against OSV records; one finding per package and record. */
export function matchOsv(
  packages: Package[],
  os: OsInfo | undefined,
  db: OsvDatabase,
  target: string,
): VulnerabilityFinding[] {
  const findings: VulnerabilityFinding[] = [];
  const seen = new Set<string>();
  for (const pkg of packages) {
    const ecosystem = osvEcosystem(pkg, os);
    if (!ecosystem) continue;
    // Distribution trackers key on the source package (Debian `Source:`, Alpine origin).
    const key = osvKey(ecosystem, pkg.sourceName ?? pkg.name);
    for (const record of db.byPackage.get(key) ?? []) {
      const hit = matchRecord(record, pkg, ecosystem, key);
      const identity = `${record.id}|${pkg.name}|${pkg.version}|${pkg.path ?? ''}`;
      if (!hit || seen.has(identity)) continue;
      seen.add(identity);
      findings.push({
        kind: 'vulnerability',
        id: record.id,
        aliases: record.aliases,
        packageName: pkg.name,
        installedVersion: pkg.version,
        fixedVersion: hit.fixed,
        severity: severityOf(record, hit.affected),
        title: record.summary ?? record.details?.split('\n')[0]?.slice(0, 200),
        url: record.references?.find((ref) => ref.type === 'ADVISORY')?.url ?? record.references?.[0]?.url,
        target: pkg.path ? `${target} (${pkg.path})` : target,
        layer: pkg.layer,
      });
    }
  }
  return findings;
}
