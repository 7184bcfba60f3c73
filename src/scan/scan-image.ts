import type { DockerEngine } from '../engine/types.js';
import { builtinEngine, builtinInventorySource } from './engine-info.js';
import { readImageContents } from './image-contents.js';
import type { ScanResult } from './model.js';
import { type ScanOptions, scanCachesOf } from './options.js';
import { parseTrivyReport } from './trivy/report.js';
import { trivyResultKey } from './trivy/result-cache.js';
import { selectTrivy, type TrivyRunner, trivyRunOptions } from './trivy/select.js';
import { applyFindingFilters, osvVulnerabilities } from './vulnerability-data.js';

const kindOfScanner = {
  vuln: 'vulnerability',
  secret: 'secret',
  misconfig: 'misconfiguration',
  license: 'license',
} as const;

/**
 * Scans an image with Trivy when it is there, else with the built-in scanner. Trivy's result
 * for the same image, options and database is reused rather than produced again.
 */
export async function scanImage(
  engine: DockerEngine,
  ref: string,
  options: ScanOptions,
): Promise<ScanResult> {
  const trivy = await selectTrivy(engine, options);
  if (!trivy) return scanImageBuiltin(engine, ref, options);
  const cache = scanCachesOf(options)?.trivyResults;
  const imageId = cache ? (await engine.inspectImage(ref)).id : undefined;
  const key = imageId ? trivyResultKey(imageId, trivy.engine, options) : undefined;
  const kept = key ? cache?.get(key) : undefined;
  if (kept) {
    options.onProgress?.(`Reusing Trivy's scan of ${kept.scannedAt}: same image, options and database`);
    return { ...kept.result, target: ref, reusedFrom: kept.scannedAt };
  }
  const result = await scanImageWithTrivy(trivy, ref, options);
  // Kept only when complete, and only if the tag still names the image inspected before the scan.
  const unchanged = async () => (await engine.inspectImage(ref)).id === imageId;
  if (key && result.vulnerabilityStatus !== 'unavailable' && (await unchanged())) cache?.put(key, result);
  return result;
}

/**
 * When Trivy cannot get its vulnerability database, the other scanners run again without
 * it, and vulnerabilities come from OSV data if configured, else are reported unavailable.
 */
export async function scanImageWithTrivy(
  trivy: TrivyRunner,
  ref: string,
  options: ScanOptions,
): Promise<ScanResult> {
  const target = { kind: 'image' as const, ref };
  options.onProgress?.(`Scanning ${ref} with Trivy ${trivy.engine.version}`);
  const first = await trivy.run(target, trivyRunOptions(options));
  if (first.status === 'report') {
    const parsed = parseTrivyReport(first.json);
    const scannedVulns = options.scanners.includes('vuln');
    return {
      ...parsed,
      target: ref,
      engine: trivy.engine,
      vulnerabilityStatus: scannedVulns ? 'scanned' : 'not-requested',
      vulnerabilitySource: scannedVulns ? "Trivy's vulnerability database" : undefined,
      warnings: [],
    };
  }
  options.onProgress?.('Vulnerability database unavailable; scanning without it');
  const others = options.scanners.filter((scanner) => scanner !== 'vuln');
  const second = await trivy.run(target, trivyRunOptions(options, others.length ? others : ['secret']));
  if (second.status !== 'report')
    throw new Error('Trivy asked for its vulnerability database on a scan without vulnerabilities.');
  const parsed = parseTrivyReport(second.json);
  const wanted = new Set<string>(others.map((scanner) => kindOfScanner[scanner]));
  const vulnerabilities = await osvVulnerabilities(parsed.packages, parsed.os, ref, options, first.reason);
  return {
    ...parsed,
    target: ref,
    engine: trivy.engine,
    ...vulnerabilities,
    findings: [
      ...parsed.findings.filter((finding) => wanted.has(finding.kind)),
      ...applyFindingFilters(vulnerabilities.findings, options),
    ],
    warnings: [],
  };
}

export async function scanImageBuiltin(
  engine: DockerEngine,
  ref: string,
  options: ScanOptions,
): Promise<ScanResult> {
  const contents = await readImageContents(engine, ref, {
    secrets: options.scanners.includes('secret'),
    signal: options.signal,
    cache: scanCachesOf(options)?.layers,
    onProgress: options.onProgress,
  });
  const vulnerabilities = await osvVulnerabilities(contents.packages, contents.os, ref, options);
  const warnings = options.scanners
    .filter((scanner) => scanner === 'misconfig' || scanner === 'license')
    .map(
      (scanner) =>
        `The built-in scanner has no ${scanner} checks; install Trivy for them (dockerfile_lint checks Dockerfiles).`,
    );
  return {
    target: ref,
    targetType: 'image',
    engine: builtinEngine([
      builtinInventorySource,
      vulnerabilities.vulnerabilitySource ?? 'no vulnerability data',
    ]),
    ...vulnerabilities,
    os: contents.os,
    packages: contents.packages,
    findings: applyFindingFilters([...vulnerabilities.findings, ...contents.secrets], options),
    warnings,
    layers: { total: contents.layersTotal, read: contents.layersRead },
  };
}
