import { ToolError } from '../errors.js';
import { type RunOptions, type RunResult, refuseOptionLike, runProcess, whichProgram } from './process.js';

/** v2 is the Go plugin or binary (`docker compose`); v1 is the Python `docker-compose` 1.x. */
export type ComposeFlavour = 'v2' | 'v1';

export interface ComposeCli {
  flavour: ComposeFlavour;
  program: string;
  /** Arguments before the global options: `['compose']` for the Docker CLI plugin. */
  prefix: string[];
  version: string;
}

/** Which project a command acts on. */
export interface ComposeTarget {
  projectName: string;
  files?: string[];
  projectDir?: string;
  envFiles?: string[];
  profiles?: string[];
  /** When set, the CLI's whole environment (interpolation reads it); otherwise the server's. */
  env?: Record<string, string | undefined>;
}

export type ComposeCommand =
  | { name: 'up'; build?: boolean; services?: string[]; forceRecreate?: boolean; removeOrphans?: boolean }
  | { name: 'down'; volumes?: boolean; removeOrphans?: boolean; timeoutSeconds?: number }
  | { name: 'restart'; services?: string[]; timeoutSeconds?: number }
  | { name: 'stop'; services?: string[]; timeoutSeconds?: number }
  | { name: 'config'; quiet?: boolean }
  | { name: 'pull'; services?: string[] };

async function tryVersion(program: string, args: string[]): Promise<string | undefined> {
  try {
    const result = await runProcess(program, args, { timeoutMs: 15_000 });
    return result.exitCode === 0 ? result.stdout.trim().replace(/^v/, '') : undefined;
  } catch {
    return undefined;
  }
}

const detected = new Map<string, Promise<ComposeCli>>();

/**
 * Finds a Compose CLI: the v2 plugin (`docker compose`) first, then a `docker-compose`
 * binary (which is v2 when its version starts with 2, v1 otherwise). The answer is kept
 * per PATH, because asking v1 its version starts a Python interpreter (about a second).
 */
export function detectComposeCli(prefer?: ComposeFlavour): Promise<ComposeCli> {
  const key = `${prefer ?? ''}|${process.env.PATH ?? ''}`;
  let found = detected.get(key);
  if (!found) {
    found = findComposeCli(prefer);
    found.catch(() => detected.delete(key));
    detected.set(key, found);
  }
  return found;
}

async function findComposeCli(prefer?: ComposeFlavour): Promise<ComposeCli> {
  const found: ComposeCli[] = [];
  const docker = await whichProgram('docker');
  if (docker) {
    const version = await tryVersion(docker, ['compose', 'version', '--short']);
    if (version) found.push({ flavour: 'v2', program: docker, prefix: ['compose'], version });
  }
  const standalone = await whichProgram('docker-compose');
  if (standalone && (prefer === 'v1' || found.length === 0)) {
    const version = await tryVersion(standalone, ['version', '--short']);
    if (version)
      found.push({
        flavour: version.startsWith('1.') ? 'v1' : 'v2',
        program: standalone,
        prefix: [],
        version,
      });
  }
  const chosen = found.find((cli) => cli.flavour === prefer) ?? found[0];
  if (!chosen) {
    throw new ToolError(
      'TOOL_UNAVAILABLE',
      'No Compose CLI found: neither "docker compose" (v2) nor "docker-compose" answers.',
      'Install the Docker Compose plugin (docker-compose-plugin) or docker-compose, then retry.',
    );
  }
  return chosen;
}

function globalArgs(cli: ComposeCli, target: ComposeTarget): string[] {
  refuseOptionLike(target.projectName, 'Project name');
  const args = [...cli.prefix, '--ansi', 'never', '-p', target.projectName];
  for (const file of target.files ?? []) args.push('-f', file);
  if (target.projectDir) args.push('--project-directory', target.projectDir);
  for (const envFile of target.envFiles ?? []) args.push('--env-file', envFile);
  for (const profile of target.profiles ?? []) args.push('--profile', profile);
  // v2 draws a TTY progress display unless told otherwise; plain text is what we can log.
  if (cli.flavour === 'v2') args.push('--progress', 'plain');
  return args;
}

function serviceArgs(services: string[] | undefined): string[] {
  for (const service of services ?? []) refuseOptionLike(service, 'Service name');
  return services?.length ? ['--', ...services] : [];
}

/** The exact argument list for one command, for either flavour. */
export function composeArgs(cli: ComposeCli, target: ComposeTarget, command: ComposeCommand): string[] {
  const args = globalArgs(cli, target);
  switch (command.name) {
    case 'up':
      args.push('up', '--detach', '--quiet-pull');
      if (command.build) args.push('--build');
      if (command.forceRecreate) args.push('--force-recreate');
      if (command.removeOrphans ?? true) args.push('--remove-orphans');
      return [...args, ...serviceArgs(command.services)];
    case 'down':
      args.push('down');
      if (command.volumes) args.push('--volumes');
      if (command.removeOrphans ?? true) args.push('--remove-orphans');
      if (command.timeoutSeconds !== undefined) args.push('--timeout', String(command.timeoutSeconds));
      return args;
    case 'restart':
    case 'stop':
      args.push(command.name);
      if (command.timeoutSeconds !== undefined) args.push('--timeout', String(command.timeoutSeconds));
      return [...args, ...serviceArgs(command.services)];
    case 'config':
      return [...args, 'config', ...(command.quiet ? ['--quiet'] : [])];
    case 'pull':
      return [...args, 'pull', ...serviceArgs(command.services)];
  }
}

/** Runs one Compose command; a non-zero exit is returned, not thrown. */
export function runCompose(
  cli: ComposeCli,
  target: ComposeTarget,
  command: ComposeCommand,
  options: RunOptions = {},
): Promise<RunResult> {
  return runProcess(cli.program, composeArgs(cli, target, command), {
    cwd: target.projectDir,
    ...(target.env ? { env: target.env, inheritEnv: false } : {}),
    ...options,
  });
}
