import { ToolError } from '../errors.js';
import { type RunOptions, type RunResult, refuseOptionLike, runProcess, whichProgram } from './process.js';

/** One service of a stack, as `docker stack services --format '{{json .}}'` prints it. */
export interface StackServiceRow {
  id: string;
  name: string;
  mode: string;
  replicas: string;
  image: string;
  ports: string;
}

/** One task (a service's container slot), as `docker stack ps --format '{{json .}}'` prints it. */
export interface StackTaskRow {
  id: string;
  name: string;
  image: string;
  node: string;
  desiredState: string;
  currentState: string;
  error: string;
}

export type StackCommand =
  | { name: 'deploy'; files: string[]; prune?: boolean }
  | { name: 'services' }
  | { name: 'ps' }
  | { name: 'rm' };

export function stackArgs(stack: string, command: StackCommand): string[] {
  refuseOptionLike(stack, 'Stack name');
  switch (command.name) {
    case 'deploy':
      // Images are resolved by the engine that runs them; asking a registry first fails offline.
      return [
        'stack',
        'deploy',
        ...command.files.flatMap((file) => ['--compose-file', file]),
        '--resolve-image',
        'never',
        ...(command.prune ? ['--prune'] : []),
        '--detach=true',
        stack,
      ];
    case 'services':
      return ['stack', 'services', '--format', '{{json .}}', stack];
    case 'ps':
      return ['stack', 'ps', '--no-trunc', '--format', '{{json .}}', stack];
    case 'rm':
      return ['stack', 'rm', stack];
  }
}

export async function dockerCli(): Promise<string> {
  const docker = await whichProgram('docker');
  if (!docker) {
    throw new ToolError(
      'TOOL_UNAVAILABLE',
      'The docker CLI is not on the PATH; Swarm stacks are deployed through it.',
      'Install the Docker CLI.',
    );
  }
  return docker;
}

/** The variables by which the docker CLI picks an engine, as this process (and its engine client) sees them. */
export function engineSelection(): Record<string, string | undefined> {
  const keys = ['DOCKER_HOST', 'DOCKER_CONTEXT', 'DOCKER_CONFIG', 'DOCKER_TLS_VERIFY', 'DOCKER_CERT_PATH'];
  return Object.fromEntries(keys.map((key) => [key, process.env[key]]));
}

export async function runStack(
  stack: string,
  command: StackCommand,
  options: RunOptions = {},
): Promise<RunResult> {
  // Security: a project's .env must not point the CLI at another engine than the one checked.
  const env = { ...options.env, ...engineSelection() };
  return runProcess(await dockerCli(), stackArgs(stack, command), { ...options, env });
}

export interface ServiceUpdateState {
  /** updating, paused, completed, rollback_started, rollback_paused or rollback_completed. */
  state: string;
  message: string;
  /** When the update began, as the manager's clock says: tells one update from the next. */
  startedAt: string;
}

/** Each service's last rolling update (`docker service inspect`), in order; undefined when it never updated. */
export async function serviceUpdateStates(
  names: string[],
  options: RunOptions = {},
): Promise<(ServiceUpdateState | undefined)[]> {
  if (!names.length) return [];
  for (const name of names) refuseOptionLike(name, 'Service name');
  const args = ['service', 'inspect', '--format', '{{json .UpdateStatus}}', ...names];
  const run = await runProcess(await dockerCli(), args, { ...options, env: engineSelection() });
  if (run.exitCode !== 0) return names.map(() => undefined);
  return run.stdout
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as { State?: string; Message?: string; StartedAt?: string } | null)
    .map((status) =>
      status?.State
        ? { state: status.State, message: status.Message ?? '', startedAt: status.StartedAt ?? '' }
        : undefined,
    );
}

function jsonLines<T>(text: string): T[] {
  return text
    .split('\n')
    .filter((line) => line.trim().startsWith('{'))
    .map((line) => JSON.parse(line) as T);
}

export function parseServiceRows(text: string): StackServiceRow[] {
  return jsonLines<Record<string, string>>(text).map((row) => ({
    id: row.ID,
    name: row.Name,
    mode: row.Mode,
    replicas: row.Replicas,
    image: row.Image,
    ports: row.Ports ?? '',
  }));
}

export function parseTaskRows(text: string): StackTaskRow[] {
  return jsonLines<Record<string, string>>(text).map((row) => ({
    id: row.ID,
    name: row.Name,
    image: row.Image,
    node: row.Node,
    desiredState: row.DesiredState,
    currentState: row.CurrentState,
    error: row.Error ?? '',
  }));
}
