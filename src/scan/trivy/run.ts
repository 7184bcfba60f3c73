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
  /** Trivy renamed its `config` scanner to `misconfig` (v0.45); older builds know only `config`. */
  misconfigScanner?: 'misconfig' | 'config';
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
  const scanners = options.scanners.map((s) =>
    s === 'misconfig' ? (options.misconfigScanner ?? 'misconfig') : s,
  );
  if (target.kind !== 'config') args.push('--scanners', scanners.join(','));
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
  const lines = stderr.split('\n').flatMap((line) => progressMessage(line) ?? []);
  const fatal = lines.filter((line) => /\b(FATAL|ERROR)\b|error/i.test(line)).at(-1);
  return (fatal ?? lines.at(-1) ?? 'no message').slice(0, 500);
}

const dbTrouble = /Downloading DB|vulnerability DB|DB error|db\.Download|trivy-db|--skip-db-update/i;

export interface RawTrivyRun {
  exitCode: number;
  stdout?: string;
  stderr: string;
  timedOut: boolean;
  cancelled: boolean;
}

/** Tells a report (with or without findings) from a missing database and from a failure (thrown). */
export function interpretTrivyRun(
  raw: RawTrivyRun,
  target: TrivyTarget,
  options: TrivyRunOptions,
): { status: 'report'; findingsExit: boolean } | { status: 'vuln-db-unavailable'; reason: string } {
  if (raw.cancelled)
    throw new ToolError('CANCELLED', 'The Trivy scan was cancelled; its process was stopped.');
  const succeeded = raw.exitCode === 0 || raw.exitCode === findingsExitCode;
  const wantsVulns = options.scanners.includes('vuln') && target.kind !== 'config';
  if (wantsVulns && !succeeded && dbTrouble.test(raw.stderr)) {
    const how = raw.timedOut
      ? `did not finish within ${options.timeoutSeconds} s`
      : `failed (exit ${raw.exitCode})`;
    return {
      status: 'vuln-db-unavailable',
      reason: `Vulnerability database unavailable: Trivy's download of it ${how}; its last message was "${lastError(raw.stderr)}".`,
    };
  }
  if (raw.timedOut) {
    throw new ToolError(
      'TIMEOUT',
      `Trivy did not finish within ${options.timeoutSeconds} s.`,
      'Raise the timeout.',
    );
  }
  if (!succeeded && raw.stdout?.includes('Usage:')) {
    throw new ToolError(
      'TOOL_UNAVAILABLE',
      `Trivy rejected its arguments (exit ${raw.exitCode}, it printed its usage): this Trivy may be too old for an option used.`,
      'Upgrade Trivy, or leave out the option (scanners, ignoreFile, severities).',
    );
  }
  if (!succeeded) {
    throw new ToolError(
      'TOOL_UNAVAILABLE',
      `Trivy failed (exit ${raw.exitCode}): ${lastError(raw.stderr)}`,
      'Check that the target exists and that Trivy can reach the Docker engine; run the same scan with trivy to see its log.',
    );
  }
  return { status: 'report', findingsExit: raw.exitCode === findingsExitCode };
}

/**
 * Runs one Trivy scan with the binary and says what happened: a report (with or without
 * findings), or a vulnerability database that could not be had. Any other failure is thrown.
 */
export async function runTrivy(
  trivyPath: string,
  target: TrivyTarget,
  options: TrivyRunOptions,
): Promise<TrivyOutcome> {
  try {
    return await runTrivyOnce(trivyPath, target, options);
  } catch (error) {
    const mayBeOldName =
      options.scanners.includes('misconfig') && !options.misconfigScanner && target.kind !== 'config';
    if (!(mayBeOldName && error instanceof ToolError && error.message.includes('printed its usage')))
      throw error;
    return runTrivyOnce(trivyPath, target, { ...options, misconfigScanner: 'config' });
  }
}

async function runTrivyOnce(
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
    const outcome = interpretTrivyRun(result, target, options);
    if (outcome.status !== 'report') return outcome;
    return { ...outcome, json: await readFile(outputFile, 'utf8') };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
