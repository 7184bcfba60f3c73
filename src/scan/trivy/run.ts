import { ToolError } from '../../errors.js';
import { runProcess } from '../../exec/process.js';
import type { Severity } from '../model.js';

export type TrivyTarget =
  | { kind: 'image'; ref: string }
  | { kind: 'image-archive'; path: string }
  | { kind: 'filesystem'; path: string }
  | { kind: 'config'; path: string };

export type TrivyScanner = 'vuln' | 'secret' | 'misconfig' | 'license';

export interface TrivyRunOptions {
  scanners: TrivyScanner[];
  severities?: Severity[];
  ignoreUnfixed?: boolean;
  /** A .trivyignore file. */
  ignoreFile?: string;
  timeoutSeconds: number;
  /** Use the vulnerability database already in Trivy's cache; never download it. */
  skipDbUpdate?: boolean;
  onProgress?(message: string): void;
  signal?: AbortSignal;
}

export type TrivyOutcome =
  | { status: 'report'; json: string; findingsExit: boolean }
  | { status: 'vuln-db-unavailable'; reason: string };

/** The exit code we ask Trivy to use when it found something, so it differs from its failure code 1. */
export const findingsExitCode = 4;

const subcommand = { image: 'image', 'image-archive': 'image', filesystem: 'fs', config: 'config' } as const;

export function trivyArgs(target: TrivyTarget, options: TrivyRunOptions, outputFile: string): string[] {
  const args: string[] = [subcommand[target.kind], '--format', 'json', '--output', outputFile];
  args.push('--exit-code', String(findingsExitCode), '--timeout', `${options.timeoutSeconds}s`);
  if (target.kind !== 'config') args.push('--scanners', options.scanners.join(','));
  if (target.kind === 'image' || target.kind === 'image-archive') args.push('--list-all-pkgs');
  if (options.severities?.length) args.push('--severity', options.severities.join(','));
  if (options.ignoreUnfixed) args.push('--ignore-unfixed');
  if (options.ignoreFile) args.push('--ignorefile', options.ignoreFile);
  if (options.skipDbUpdate) args.push('--skip-db-update');
  if (target.kind === 'image-archive') args.push('--input', target.path);
  else args.push('--', target.kind === 'image' ? target.ref : target.path);
  return args;
}

const ansi = /\u001b\[[0-9;]*m/g;

/** Turns `2024-…Z\tINFO\tDownloading DB...` into `Downloading DB...`. */
export function progressMessage(line: string): string | undefined {
  const parts = line.replace(ansi, '').split('\t');
  const message = (parts.length >= 3 ? parts.slice(2).join(' ') : parts.join(' ')).trim();
  return message || undefined;
}

function lastError(stderr: string): string {
  const lines = stderr
    .replace(ansi, '')
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
  const fatal = lines.filter((line) => /\b(FATAL|ERROR)\b|error/i.test(line)).at(-1);
  return (fatal ?? lines.at(-1) ?? 'no message').slice(0, 500);
}

const dbTrouble = /Downloading DB|vulnerability DB|DB error|db\.Download|trivy-db|--skip-db-update/i;

/**
 * Runs one Trivy scan and says what happened: a report (with or without findings), or
 * a vulnerability database that could not be had. Any other failure is thrown.
 */
export async function runTrivy(
  trivyPath: string,
  target: TrivyTarget,
  options: TrivyRunOptions,
): Promise<TrivyOutcome> {
  const { mkdtemp, readFile, rm } = await import('node:fs/promises');
  const { tmpdir } = await import('node:os');
  const path = await import('node:path');
  const dir = await mkdtemp(path.join(tmpdir(), 'dockwright-trivy-'));
  const outputFile = path.join(dir, 'report.json');
  try {
    // Trivy's own --timeout does not cover every stage, so the process gets a hard limit too.
    const result = await runProcess(trivyPath, trivyArgs(target, options, outputFile), {
      timeoutMs: options.timeoutSeconds * 1000 + 5000,
      signal: options.signal,
      onLine: (line, stream) => {
        const message = stream === 'stderr' ? progressMessage(line) : undefined;
        if (message) options.onProgress?.(message);
      },
    });
    if (result.cancelled)
      throw new ToolError('CANCELLED', 'The Trivy scan was cancelled; its process was stopped.');
    const wantsVulns = options.scanners.includes('vuln') && target.kind !== 'config';
    if (
      wantsVulns &&
      result.exitCode !== 0 &&
      result.exitCode !== findingsExitCode &&
      dbTrouble.test(result.stderr)
    ) {
      const how = result.timedOut ? `did not finish within ${options.timeoutSeconds} s` : 'failed';
      return {
        status: 'vuln-db-unavailable',
        reason: `Trivy's vulnerability database download ${how} (${lastError(result.stderr)}).`,
      };
    }
    if (result.timedOut) {
      throw new ToolError(
        'TIMEOUT',
        `Trivy did not finish within ${options.timeoutSeconds} s.`,
        'Raise the timeout.',
      );
    }
    if (result.exitCode !== 0 && result.exitCode !== findingsExitCode) {
      throw new ToolError(
        'TOOL_UNAVAILABLE',
        `Trivy failed (exit ${result.exitCode}): ${lastError(result.stderr)}`,
        'Check the target exists and Trivy can reach the Docker engine; run the same scan with trivy directly to see its log.',
      );
    }
    return {
      status: 'report',
      json: await readFile(outputFile, 'utf8'),
      findingsExit: result.exitCode === findingsExitCode,
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
