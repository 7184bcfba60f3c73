import type { DockerEngine } from '../engine/types.js';
import { ToolError } from '../errors.js';
import { builtinEngine } from './engine-info.js';
import type { ScanResult } from './model.js';
import type { ScanOptions } from './options.js';
import { readProjectContents } from './project-contents.js';
import { parseTrivyReport } from './trivy/report.js';
import { selectTrivy, trivyRunOptions } from './trivy/select.js';
import { applyFindingFilters, osvVulnerabilities } from './vulnerability-data.js';

const projectInventorySource =
  'project files: package-lock.json, requirements*.txt, node_modules, Python metadata';

/** The project's own .trivyignore, as `trivy fs` run inside the folder would use it. */
async function projectIgnoreFile(dir: string): Promise<string | undefined> {
  const { access } = await import('node:fs/promises');
  const path = await import('node:path');
  const file = path.join(dir, '.trivyignore');
  return (await access(file).then(
    () => true,
    () => false,
  ))
    ? file
    : undefined;
}

async function requireFolder(dir: string, display: string): Promise<void> {
  const { stat } = await import('node:fs/promises');
  const info = await stat(dir).catch(() => undefined);
  if (!info) {
    throw new ToolError(
      'NOT_FOUND',
      `Cannot scan "${display}": no such folder in the workspace.`,
      'Pass a project folder inside the workspace (e.g. "." or "apps/web"); project_detect lists the apps it finds.',
    );
  }
  if (!info.isDirectory()) {
    throw new ToolError(
      'INVALID_ARGUMENT',
      `Cannot scan "${display}": it is a file, not a folder.`,
      'Pass the folder that holds the project; scan images with scan_image.',
    );
  }
}

/**
 * Scans a project folder: `trivy fs` when Trivy is there (vulnerabilities, secrets and
 * misconfigurations), else the built-in inventory, secret rules and OSV data.
 */
export async function scanProject(
  engine: DockerEngine,
  dir: string,
  display: string,
  options: ScanOptions,
): Promise<ScanResult> {
  await requireFolder(dir, display);
  const trivy = await selectTrivy(engine, options);
  if (trivy) {
    options = { ...options, ignoreFile: options.ignoreFile ?? (await projectIgnoreFile(dir)) };
    options.onProgress?.(`Scanning ${display} with Trivy ${trivy.engine.version}`);
    const target = { kind: 'filesystem' as const, path: dir };
    const first = await trivy.run(target, trivyRunOptions(options));
    const others = options.scanners.filter((scanner) => scanner !== 'vuln');
    const outcome =
      first.status === 'report' || !others.length
        ? first
        : await trivy.run(target, trivyRunOptions(options, others));
    const parsed =
      outcome.status === 'report'
        ? parseTrivyReport(outcome.json)
        : { packages: [], findings: [], os: undefined };
    const dbMissing = first.status !== 'report' ? first.reason : undefined;
    const vulnerabilities = dbMissing
      ? await osvVulnerabilities(parsed.packages, undefined, display, options, dbMissing)
      : {
          vulnerabilityStatus: options.scanners.includes('vuln')
            ? ('scanned' as const)
            : ('not-requested' as const),
          vulnerabilitySource: options.scanners.includes('vuln')
            ? "Trivy's vulnerability database"
            : undefined,
          findings: [],
        };
    return {
      target: display,
      targetType: 'filesystem',
      engine: trivy.engine,
      ...vulnerabilities,
      packages: parsed.packages,
      findings: [...parsed.findings, ...applyFindingFilters(vulnerabilities.findings, options)],
      warnings: [],
    };
  }
  options.onProgress?.(`Reading ${display}`);
  const contents = await readProjectContents(dir, {
    secrets: options.scanners.includes('secret'),
    signal: options.signal,
  });
  const vulnerabilities = await osvVulnerabilities(contents.packages, undefined, display, options);
  const warnings = [
    ...(options.scanners.includes('misconfig')
      ? [
          'The built-in scanner has no misconfiguration checks; dockerfile_lint checks Dockerfiles, Trivy checks more.',
        ]
      : []),
    ...(contents.truncated ? [`Only the first ${contents.files - 1} files were read.`] : []),
  ];
  return {
    target: display,
    targetType: 'filesystem',
    engine: builtinEngine([
      projectInventorySource,
      vulnerabilities.vulnerabilitySource ?? 'no vulnerability data',
    ]),
    ...vulnerabilities,
    packages: contents.packages,
    findings: applyFindingFilters([...vulnerabilities.findings, ...contents.secrets], options),
    warnings,
  };
}
