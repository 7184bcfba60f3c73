import { lazyEngine } from '../engine/index.js';
import { writeNamedFile } from '../workspace.js';
import { formatScanTable } from './format-table.js';
import { imageSbom } from './image-sbom.js';
import type { ScanResult } from './model.js';
import type { ScanOptions } from './options.js';
import { evaluatePolicy, type Policy, type PolicyResult } from './policy.js';
import { readProjectContents } from './project-contents.js';
import { toSarif } from './sarif.js';
import { toCycloneDx } from './sbom.js';
import { scanImage } from './scan-image.js';
import { scanProject } from './scan-project.js';
import { summariseFindings } from './summary.js';

export interface ScanRun {
  scanOptions: ScanOptions;
  policy: Policy;
  format: 'table' | 'json' | 'sarif';
  sbom: boolean;
  output?: string;
}

async function isDirectory(target: string): Promise<boolean> {
  const { stat } = await import('node:fs/promises');
  return (await stat(target).catch(() => undefined))?.isDirectory() ?? false;
}

async function sbomOf(target: string, directory: boolean, signal?: AbortSignal): Promise<object> {
  if (directory) {
    const contents = await readProjectContents(target, { secrets: false, signal });
    return toCycloneDx({ name: target, kind: 'application', packages: contents.packages });
  }
  return (await imageSbom(lazyEngine(), target, { signal })).sbom;
}

function render(result: ScanResult, verdict: PolicyResult, format: ScanRun['format']): string {
  if (format === 'sarif') return `${JSON.stringify(toSarif(result), null, 2)}\n`;
  if (format === 'table') return formatScanTable(result, verdict);
  const { packages, ...rest } = result;
  return `${JSON.stringify({ ...rest, packageCount: packages.length, summary: summariseFindings(result.findings), policy: verdict }, null, 2)}\n`;
}

async function emit(text: string, output?: string) {
  if (!output) {
    process.stdout.write(text);
    return;
  }
  await writeNamedFile(output, text);
}

/** Exit codes: 0 pass, 1 policy failure, 2 when the scan could not say (no vulnerability data). */
export const exitCodeOf = { pass: 0, fail: 1, incomplete: 2 } as const;

export async function runScan(target: string, run: ScanRun): Promise<number> {
  const directory = await isDirectory(target);
  if (run.sbom) {
    await emit(
      `${JSON.stringify(await sbomOf(target, directory, run.scanOptions.signal), null, 2)}\n`,
      run.output,
    );
    return 0;
  }
  const options: ScanOptions = {
    ...run.scanOptions,
    scanners: run.scanOptions.scanners.length
      ? run.scanOptions.scanners
      : directory
        ? ['vuln', 'secret', 'misconfig']
        : ['vuln', 'secret'],
  };
  const engine = lazyEngine();
  const result = directory
    ? await scanProject(engine, target, target, options)
    : await scanImage(engine, target, options);
  const verdict = evaluatePolicy(result, run.policy);
  await emit(render(result, verdict, run.format), run.output);
  if (verdict.verdict !== 'pass')
    process.stderr.write(`dockwright scan: policy ${verdict.verdict}: ${verdict.reason}\n`);
  return exitCodeOf[verdict.verdict];
}
