import type { Instruction, ParsedDockerfile } from '../parse/model.js';
import { parseDockerfile } from '../parse/parse.js';
import { runScript } from '../parse/run-script.js';
import { execFormArray } from '../parse/words.js';
import { DEFAULT_SHELL, shellProgramAt } from './shell-program.js';
import { stageChainOf } from './stage-chain.js';
import type { Finding, Severity } from './types.js';

export interface ShellcheckOutcome {
  findings: Finding[];
  /** Why SC checks did not run, when they did not. */
  skipped?: string;
}

interface ShellcheckComment {
  file: string;
  line: number;
  column: number;
  level: string;
  code: number;
  message: string;
}

/** Lines put before each script: see preamble(). */
const PREAMBLE_LINES = 2;
export const MAX_SHELLCHECK_RUNS = 300;
const SEVERITY: Record<string, Severity> = {
  error: 'error',
  warning: 'warning',
  info: 'info',
  style: 'style',
};

/**
 * ShellCheck's dialect for a RUN. An ONBUILD RUN runs in a later build; hadolint checks it with
 * the default shell and no variables in scope, and so do we.
 */
function shellOf(df: ParsedDockerfile, run: Instruction): string | undefined {
  const program = run.onbuild ? DEFAULT_SHELL : shellProgramAt(df, run);
  const name = program[0].split('/').pop() ?? '';
  return ['sh', 'bash', 'dash', 'ksh', 'ash'].includes(name) ? (name === 'ash' ? 'sh' : name) : undefined;
}

/** Build arguments Docker defines without an ARG line. */
const PREDEFINED_ARGS = ['HTTP_PROXY', 'HTTPS_PROXY', 'FTP_PROXY', 'NO_PROXY', 'ALL_PROXY'].flatMap(
  (name) => [name, name.toLowerCase()],
);

/**
 * Names a RUN script can use: ARG and ENV lines before it in its stage chain. Global ARGs
 * (before the first FROM) are not in scope inside a stage.
 */
function variablesInScope(df: ParsedDockerfile, run: Instruction): string[] {
  const names = new Set(PREDEFINED_ARGS);
  if (run.onbuild) return [...names];
  const chain = run.stage < 0 ? [run.stage] : stageChainOf(df.stages, run.stage);
  for (const i of df.instructions) {
    if (i.index >= run.index) break;
    if ((i.keyword === 'ARG' || i.keyword === 'ENV') && !i.onbuild && chain.includes(i.stage))
      for (const pair of i.pairs) if (/^[A-Za-z_][A-Za-z0-9_]*$/.test(pair.key)) names.add(pair.key);
  }
  return [...names];
}

/** A shebang and one line that exports the variables in scope, so that ShellCheck knows them. */
function preamble(shell: string, variables: string[]): string {
  return `#!/bin/${shell}\nexport ${variables.map((name) => `${name}=1`).join(' ')}\n`;
}

/** Checks that need files a Dockerfile cannot show (sourced scripts), and ash, which ShellCheck does not know. */
const EXCLUDED_CHECKS = 'SC1090,SC1091,SC2187';

/**
 * Runs ShellCheck once over every shell-form RUN of a Dockerfile and maps its findings back
 * to Dockerfile lines. Without a `shellcheck` program it reports that SC checks were skipped.
 */
export async function runShellcheck(text: string, signal?: AbortSignal): Promise<ShellcheckOutcome> {
  const { whichProgram, runProcess } = await import('../../exec/process.js');
  const program = await whichProgram('shellcheck');
  if (!program)
    return {
      findings: [],
      skipped: 'ShellCheck (SC) checks were skipped: the shellcheck program is not installed.',
    };
  const df = parseDockerfile(text);
  const allRuns = df.instructions.filter((i) => i.keyword === 'RUN' && !execFormArray(i.args));
  if (allRuns.length === 0) return { findings: [] };
  // ShellCheck takes about 2 ms of CPU per script: a bound keeps lint time bounded too.
  const runs = allRuns.slice(0, MAX_SHELLCHECK_RUNS);
  const partial =
    allRuns.length > runs.length
      ? `ShellCheck (SC) checked the first ${runs.length} of ${allRuns.length} RUN instructions; the rest were not checked.`
      : undefined;
  const { mkdtemp, writeFile, rm } = await import('node:fs/promises');
  const os = await import('node:os');
  const path = await import('node:path');
  const dir = await mkdtemp(path.join(os.tmpdir(), 'dockwright-sc-'));
  try {
    const byFile = new Map<string, Instruction>();
    const files: string[] = [];
    for (const run of runs) {
      const shell = shellOf(df, run);
      if (!shell) continue;
      const file = path.join(dir, `run-${run.index}.sh`);
      await writeFile(file, `${preamble(shell, variablesInScope(df, run))}${runScript(run)}\n`);
      byFile.set(file, run);
      files.push(file);
    }
    if (files.length === 0) return { findings: [] };
    const result = await runProcess(program, ['--format=json1', `--exclude=${EXCLUDED_CHECKS}`, ...files], {
      signal,
      timeoutMs: 30_000,
    });
    const parsed = JSON.parse(result.stdout || '{"comments":[]}') as { comments: ShellcheckComment[] };
    const findings = parsed.comments.flatMap((c) => {
      const run = byFile.get(c.file);
      if (!run) return [];
      const line = Math.min(run.endLine, run.line + Math.max(0, c.line - PREAMBLE_LINES - 1));
      return [
        {
          code: `SC${c.code}`,
          severity: SEVERITY[c.level] ?? 'info',
          message: c.message,
          line,
          column: 1,
          endLine: line,
          endColumn: Math.max(1, (df.lines[line - 1] ?? '').length + 1),
          fixable: false,
        } satisfies Finding,
      ];
    });
    return { findings, skipped: partial };
  } catch (error) {
    return { findings: [], skipped: `ShellCheck (SC) checks were skipped: ${(error as Error).message}` };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
