import type { Instruction, ParsedDockerfile } from '../parse/model.js';
import { parseDockerfile } from '../parse/parse.js';
import { runScript } from '../parse/run-script.js';
import { execFormArray } from '../parse/words.js';
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

/** Lines put before each script: a shebang and a directive for variables that come from ENV/ARG. */
const PREAMBLE_LINES = 2;
const SEVERITY: Record<string, Severity> = {
  error: 'error',
  warning: 'warning',
  info: 'info',
  style: 'style',
};

function shellOf(df: ParsedDockerfile, run: Instruction): string | undefined {
  let program = ['/bin/sh', '-c'];
  for (const i of df.instructions) {
    if (i.index >= run.index) break;
    if (i.keyword === 'FROM' && !i.onbuild) program = ['/bin/sh', '-c'];
    if (i.keyword === 'SHELL') program = execFormArray(i.args) ?? program;
  }
  const name = program[0].split('/').pop() ?? '';
  return ['sh', 'bash', 'dash', 'ksh', 'ash'].includes(name) ? (name === 'ash' ? 'sh' : name) : undefined;
}

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
  const runs = df.instructions.filter((i) => i.keyword === 'RUN' && !execFormArray(i.args));
  if (runs.length === 0) return { findings: [] };
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
      await writeFile(file, `#!/bin/${shell}\n# shellcheck disable=SC2154\n${runScript(run)}\n`);
      byFile.set(file, run);
      files.push(file);
    }
    if (files.length === 0) return { findings: [] };
    const result = await runProcess(program, ['--format=json1', ...files], { signal, timeoutMs: 30_000 });
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
    return { findings };
  } catch (error) {
    return { findings: [], skipped: `ShellCheck (SC) checks were skipped: ${(error as Error).message}` };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
