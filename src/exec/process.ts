import { ToolError } from '../errors.js';

export interface RunOptions {
  cwd?: string;
  env?: Record<string, string | undefined>;
  /** False: the process sees only `env`, not the server's own environment. Default true. */
  inheritEnv?: boolean;
  /** Text written to the process's standard input. */
  input?: string;
  signal?: AbortSignal;
  timeoutMs?: number;
  /** Called for each line the process prints, as it prints it. */
  onLine?: (line: string, stream: 'stdout' | 'stderr') => void;
  /** Keep at most this many bytes of each stream (the tail is kept). */
  maxBytes?: number;
}

export interface RunResult {
  exitCode: number;
  stdout: string;
  stderr: string;
  timedOut: boolean;
  cancelled: boolean;
}

/** Refuses arguments that a CLI would read as options where a name or path was meant. */
export function refuseOptionLike(value: string, what: string): void {
  if (value.startsWith('-')) {
    throw new ToolError(
      'REFUSED',
      `${what} "${value}" starts with "-" and would be read as an option.`,
      `Pass a ${what.toLowerCase()} that does not start with "-".`,
    );
  }
}

function keepTail(text: string, maxBytes: number): string {
  return text.length > maxBytes ? text.slice(text.length - maxBytes) : text;
}

/**
 * Runs a program with an argument array, never through a shell. A non-zero exit is a
 * result, not an exception; a missing program is TOOL_UNAVAILABLE.
 * Security: `shell: false` and an explicit argv, so no argument is ever interpreted.
 */
export async function runProcess(file: string, args: string[], options: RunOptions = {}): Promise<RunResult> {
  const { execa } = await import('execa');
  const maxBytes = options.maxBytes ?? 4 * 1024 * 1024;
  let stdout = '';
  let stderr = '';
  const child = execa(file, args, {
    cwd: options.cwd,
    env: options.env,
    extendEnv: options.inheritEnv ?? true,
    input: options.input,
    stdin: options.input === undefined ? 'ignore' : undefined,
    cancelSignal: options.signal,
    timeout: options.timeoutMs,
    forceKillAfterDelay: 2000,
    reject: false,
    shell: false,
    buffer: false,
    stripFinalNewline: false,
  });
  const collect = (stream: 'stdout' | 'stderr') => {
    let partial = '';
    return (chunk: Buffer) => {
      const text = chunk.toString('utf8');
      if (stream === 'stdout') stdout = keepTail(stdout + text, maxBytes);
      else stderr = keepTail(stderr + text, maxBytes);
      if (!options.onLine) return;
      const lines = (partial + text).split(/\r?\n/);
      partial = lines.pop() ?? '';
      for (const line of lines) options.onLine(line, stream);
    };
  };
  child.stdout?.on('data', collect('stdout'));
  child.stderr?.on('data', collect('stderr'));
  const result = await child;
  if (result.failed && result.exitCode === undefined && !result.isCanceled && !result.timedOut) {
    const code = (result as { code?: string }).code;
    if (code === 'ENOENT') {
      throw new ToolError(
        'TOOL_UNAVAILABLE',
        `The program "${file}" was not found.`,
        `Install ${file} or put it on the PATH.`,
      );
    }
    throw new ToolError('INTERNAL', `Could not run "${file}": ${result.shortMessage}`);
  }
  return {
    exitCode: result.exitCode ?? -1,
    stdout,
    stderr,
    timedOut: Boolean(result.timedOut),
    cancelled: Boolean(result.isCanceled),
  };
}

/** Finds a program on the PATH (or returns undefined), without running a shell. */
export async function whichProgram(name: string): Promise<string | undefined> {
  const { access, constants } = await import('node:fs/promises');
  const path = await import('node:path');
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    if (!dir) continue;
    const candidate = path.join(dir, name);
    try {
      await access(candidate, constants.X_OK);
      return candidate;
    } catch {}
  }
  return undefined;
}
