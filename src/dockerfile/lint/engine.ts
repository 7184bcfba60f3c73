import type { Instruction } from '../parse/model.js';
import { parseDockerfile } from '../parse/parse.js';
import { runScript } from '../parse/run-script.js';
import type { ParsedShell } from '../shell/model.js';
import { parseShell } from '../shell/parser.js';
import { defaultLintConfig } from './config.js';
import { checkInput, MAX_SHELL_SCRIPT_CHARS } from './input-limits.js';
import { isIgnoredByPragma, readPragmas } from './pragmas.js';
import { ALL_RULES } from './rules/index.js';
import { shellProgramAt } from './shell-program.js';
import type { Finding, LintConfig, LintContext, Rule, RuleHit, Severity, SeveritySetting } from './types.js';

export interface LintOptions {
  config?: LintConfig;
  rules?: Rule[];
}

export function effectiveSeverity(rule: Rule, config: LintConfig): SeveritySetting {
  if (config.ignored.includes(rule.code)) return 'ignore';
  for (const severity of ['error', 'warning', 'info', 'style'] as Severity[]) {
    if (config.override[severity]?.includes(rule.code)) return severity;
  }
  return rule.severity;
}

function createContext(text: string, config: LintConfig): LintContext {
  const df = parseDockerfile(text);
  const shells = new Map<number, ParsedShell>();
  return {
    df,
    config,
    shellOf(instruction: Instruction) {
      let shell = shells.get(instruction.index);
      if (!shell) {
        const script = runScript(instruction);
        shell =
          script.length > MAX_SHELL_SCRIPT_CHARS
            ? { script, commands: [], hasPipe: false, hasSyntaxError: true, exported: {} }
            : parseShell(script);
        shells.set(instruction.index, shell);
      }
      return shell;
    },
    shellProgramAt: (instruction: Instruction) => shellProgramAt(df, instruction),
  };
}

function toFinding(rule: Rule, severity: Severity, hit: RuleHit, ctx: LintContext): Finding {
  const instruction = hit.instruction;
  const line = hit.line ?? instruction?.line ?? 1;
  const endLine = hit.line ?? instruction?.endLine ?? line;
  const lastLineText = ctx.df.lines[endLine - 1] ?? '';
  return {
    code: rule.code,
    severity,
    message: hit.message ?? rule.title,
    line,
    column: instruction && !hit.line ? instruction.range.start.character + 1 : 1,
    endLine,
    endColumn: Math.max(1, lastLineText.length + 1),
    fixable: Boolean(hit.fix),
    fix: hit.fix,
  };
}

/**
 * Lints Dockerfile text with every enabled rule. Synchronous: call `initShellParser()` once
 * before the first lint. Bad input never throws; it comes back as DL1000 findings.
 */
export function lintDockerfile(text: string, options: LintOptions = {}): Finding[] {
  const config = options.config ?? defaultLintConfig();
  const inputProblem = checkInput(text);
  if (inputProblem) return [inputProblem];
  const ctx = createContext(text, config);
  const pragmas = readPragmas(ctx.df);
  const findings: Finding[] = ctx.df.problems.map((p) => ({
    code: 'DL1000',
    severity: 'error',
    message: p.message,
    line: p.line,
    column: 1,
    endLine: p.line,
    endColumn: Math.max(1, (ctx.df.lines[p.line - 1] ?? '').length + 1),
    fixable: false,
  }));
  for (const rule of options.rules ?? ALL_RULES) {
    const severity = effectiveSeverity(rule, config);
    if (severity === 'ignore') continue;
    for (const hit of rule.check(ctx)) {
      const finding = toFinding(rule, severity, hit, ctx);
      const stage = hit.instruction?.stage ?? -1;
      if (!config.disableIgnorePragma && isIgnoredByPragma(pragmas, rule.code, finding.line, stage)) continue;
      findings.push(finding);
    }
  }
  return findings.sort((a, b) => a.line - b.line || a.code.localeCompare(b.code));
}
