import { setTimeout as sleep } from 'node:timers/promises';
import type { DockerEngine } from '../engine/types.js';
import { ToolError } from '../errors.js';
import { parseServiceRows, parseTaskRows, runStack, type StackTaskRow } from '../exec/stack.js';
import { maskSecretsInText } from '../security/secrets.js';
import { tailText } from '../security/untrusted.js';
import type { LoadOptions } from './load.js';
import { loadValidProject } from './orchestration.js';
import { cliIgnoredOptions, type IgnoredKey, swarmIgnoredKeys } from './swarm-keys.js';

export const STACK_LABEL = 'com.docker.stack.namespace';

export interface StackService {
  name: string;
  mode: string;
  running: number;
  desired: number;
  image: string;
  ports: string;
}

export interface StackStatus {
  stack: string;
  services: StackService[];
  /** Tasks that failed or were rejected (the reasons a service does not converge), at most 20. */
  problems: StackTaskRow[];
  converged: boolean;
}

function toService(row: ReturnType<typeof parseServiceRows>[number]): StackService {
  const [running = 0, desired = 0] = (/^(\d+)\/(\d+)/.exec(row.replicas) ?? []).slice(1).map(Number);
  return { name: row.name, mode: row.mode, running, desired, image: row.image, ports: row.ports };
}

export async function requireSwarmManager(engine: DockerEngine): Promise<void> {
  const facts = await engine.facts();
  if (facts.product === 'podman')
    throw new ToolError(
      'UNSUPPORTED',
      `${facts.productName} has no Swarm mode, so it cannot run stacks.`,
      'Run the project with compose_up, or hand it to Kubernetes with k8s_generate.',
    );
  if (facts.swarm !== 'active') {
    throw new ToolError(
      'CONFLICT',
      `This engine is not in a Swarm (swarm state: ${facts.swarm}), so it cannot run stacks.`,
      'Run "docker swarm init" on this machine (or join a swarm as a manager), then retry; compose_up runs the same file without Swarm.',
    );
  }
}

export async function stackStatus(stack: string, signal?: AbortSignal): Promise<StackStatus> {
  const [services, tasks] = await Promise.all([
    runStack(stack, { name: 'services' }, { signal, timeoutMs: 30_000 }),
    runStack(stack, { name: 'ps' }, { signal, timeoutMs: 30_000 }),
  ]);
  const rows = services.exitCode === 0 ? parseServiceRows(services.stdout).map(toService) : [];
  const problems = (tasks.exitCode === 0 ? parseTaskRows(tasks.stdout) : [])
    .filter((t) => t.error || /^(Rejected|Failed)/.test(t.currentState))
    .slice(0, 20);
  const converged = rows.length > 0 && rows.every((s) => s.running === s.desired);
  return {
    stack,
    services: rows,
    problems: problems.map((t) => ({ ...t, error: maskSecretsInText(t.error) })),
    converged,
  };
}

export interface DeployResult extends StackStatus {
  ok: boolean;
  outcome: 'converged' | 'timeout' | 'cancelled';
  elapsedMs: number;
  ignored: IgnoredKey[];
  cliIgnored: string[];
}

/** Deploys the project's compose files as a stack and waits until every service has its replicas running. */
export async function deployStack(
  deps: { engine: DockerEngine; signal?: AbortSignal; onProgress?: (status: StackStatus) => void },
  options: LoadOptions & { stackName?: string; timeoutMs: number; prune?: boolean },
): Promise<DeployResult> {
  const started = Date.now();
  await requireSwarmManager(deps.engine);
  const project = await loadValidProject(options);
  const stack = options.stackName ?? project.name;
  const run = await runStack(
    stack,
    { name: 'deploy', files: project.files, prune: options.prune },
    {
      cwd: project.workingDir,
      env: project.environment,
      // Security: the docker CLI interpolates with exactly the environment the model was checked with.
      inheritEnv: options.env === undefined,
      signal: deps.signal,
      timeoutMs: 120_000,
    },
  );
  if (run.exitCode !== 0) {
    throw new ToolError(
      'ENGINE_ERROR',
      `docker stack deploy ${stack} failed:\n${maskSecretsInText(tailText(run.stderr || run.stdout, 20, 4000).text)}`,
      'Fix the file or the swarm as the message says, then retry.',
    );
  }
  const ignored = swarmIgnoredKeys(project.model);
  const cliIgnored = cliIgnoredOptions(run.stderr + run.stdout);
  for (;;) {
    const status = await stackStatus(stack, deps.signal);
    deps.onProgress?.(status);
    const elapsedMs = Date.now() - started;
    const base = { ...status, elapsedMs, ignored, cliIgnored };
    if (status.converged) return { ...base, ok: true, outcome: 'converged' };
    if (deps.signal?.aborted) return { ...base, ok: false, outcome: 'cancelled' };
    if (elapsedMs >= options.timeoutMs) return { ...base, ok: false, outcome: 'timeout' };
    await sleep(500);
  }
}

export interface RemoveResult {
  stack: string;
  ok: boolean;
  leftovers: { services: string[]; containers: string[]; networks: string[] };
}

/** `docker stack rm`, then waits (up to the timeout) until its containers and networks are gone. */
export async function removeStack(
  engine: DockerEngine,
  stack: string,
  timeoutMs: number,
  signal?: AbortSignal,
): Promise<RemoveResult> {
  const run = await runStack(stack, { name: 'rm' }, { signal, timeoutMs: 60_000 });
  if (run.exitCode !== 0 && !/Nothing found in stack/.test(run.stderr + run.stdout)) {
    throw new ToolError(
      'ENGINE_ERROR',
      `docker stack rm ${stack} failed: ${tailText(run.stderr, 5, 1000).text}`,
      'Check the stack name with stack_status.',
    );
  }
  const filters = { label: [`${STACK_LABEL}=${stack}`] };
  const started = Date.now();
  for (;;) {
    const [status, containers, networks] = await Promise.all([
      stackStatus(stack, signal),
      engine.listContainers({ all: true, filters }),
      engine.listNetworks({ filters }),
    ]);
    const leftovers = {
      services: status.services.map((s) => s.name),
      containers: containers.map((c) => c.name),
      networks: networks.map((n) => n.name),
    };
    const empty = !leftovers.services.length && !leftovers.containers.length && !leftovers.networks.length;
    if (empty || Date.now() - started > timeoutMs || signal?.aborted) return { stack, ok: empty, leftovers };
    await sleep(500);
  }
}
