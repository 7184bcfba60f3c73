import type { ParsedDockerfile } from '../parse/model.js';
import { parseDockerfile } from '../parse/parse.js';
import { initShellParser } from '../shell/parser.js';
import { defaultLintConfig } from './config.js';
import { lintDockerfile } from './engine.js';
import { checkInput } from './input-limits.js';
import { runOffThread } from './off-thread.js';
import { isIgnoredByPragma, readPragmas } from './pragmas.js';
import { runShellcheck } from './shellcheck.js';
import type { LintConfig } from './types.js';
import { type Finding, SEVERITY_ORDER, type Severity } from './types.js';

export interface LintTextOptions {
  config?: LintConfig;
  /** Run ShellCheck on RUN scripts when it is installed (default true). */
  shellcheck?: boolean;
  signal?: AbortSignal;
}

export interface LintTextResult {
  findings: Finding[];
  /** Things the reader should know, e.g. that SC checks were skipped. */
  notes: string[];
}

function keepShellcheckFinding(
  f: Finding,
  config: LintConfig,
  df: ParsedDockerfile,
  pragmas: ReturnType<typeof readPragmas>,
): boolean {
  if (config.ignored.includes(f.code)) return false;
  const instruction = df.instructions.find((i) => i.line <= f.line && f.line <= i.endLine);
  return (
    config.disableIgnorePragma ||
    !isIgnoredByPragma(pragmas, f.code, instruction?.line ?? f.line, instruction?.stage ?? -1)
  );
}

/**
 * Lints Dockerfile text with every rule and, when present, ShellCheck. Large files are
 * linted on a worker thread so that other calls keep being answered meanwhile.
 */
export async function lintText(text: string, options: LintTextOptions = {}): Promise<LintTextResult> {
  const config = options.config ?? defaultLintConfig();
  const shellcheck = options.shellcheck !== false;
  const offThread = await runOffThread<LintTextResult>(
    { kind: 'lint', text, config, shellcheck },
    options.signal,
  );
  return offThread ?? lintTextInPlace(text, { ...options, config });
}

/** `lintText` on the current thread. */
export async function lintTextInPlace(text: string, options: LintTextOptions = {}): Promise<LintTextResult> {
  await initShellParser();
  const config = options.config ?? defaultLintConfig();
  const findings = lintDockerfile(text, { config });
  const notes: string[] = [];
  if (options.shellcheck !== false && !checkInput(text)) {
    const df = parseDockerfile(text);
    const pragmas = readPragmas(df);
    if (pragmas.shell && !/^(sh|bash|dash|ash|ksh)$/.test(pragmas.shell)) {
      notes.push(`ShellCheck (SC) checks were skipped: the file declares shell=${pragmas.shell}.`);
    } else {
      const outcome = await runShellcheck(text, options.signal);
      if (outcome.skipped) notes.push(outcome.skipped);
      findings.push(...outcome.findings.filter((f) => keepShellcheckFinding(f, config, df, pragmas)));
      findings.sort((a, b) => a.line - b.line || a.code.localeCompare(b.code));
    }
  }
  return { findings, notes };
}

/** hadolint's exit rule: fail when a finding is at or above the threshold, unless `noFail`. */
export function failsThreshold(findings: Finding[], config: LintConfig): boolean {
  if (config.noFail || config.failureThreshold === 'none') return false;
  const limit = SEVERITY_ORDER.indexOf(config.failureThreshold as Severity);
  return findings.some((f) => SEVERITY_ORDER.indexOf(f.severity) <= limit);
}
