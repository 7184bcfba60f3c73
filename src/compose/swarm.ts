import { setTimeout as sleep } from 'node:timers/promises';
import type { DockerEngine } from '../engine/types.js';
import { ToolError } from '../errors.js';
import { runStack } from '../exec/stack.js';
import { maskSecretsInText } from '../security/secrets.js';
import { tailText } from '../security/untrusted.js';
import { writeCheckedFile } from './checked-file.js';
import type { LoadOptions } from './load.js';
import { loadValidProject } from './orchestration.js';
import { type StackStatus, stackStatus } from './stack-status.js';
import { cliIgnoredOptions, type IgnoredKey, swarmIgnoredKeys } from './swarm-keys.js';

export const STACK_LABEL = 'com.docker.stack.namespace';

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

export interface DeployResult extends StackStatus {
  ok: boolean;
  /** rolled_back and update_paused: this deploy's rolling update failed (update_config.failure_action). */
  outcome: 'converged' | 'rolled_back' | 'update_paused' | 'timeout' | 'cancelled';
  elapsedMs: number;
  ignored: IgnoredKey[];
  cliIgnored: string[];
}

const FAILED_UPDATE = new Set(['rollback_completed', 'rollback_paused', 'paused']);

/** Deploys the project's compose files as a stack and waits until every service has its replicas running. */
export async function deployStack(
  deps: { engine: DockerEngine; signal?: AbortSignal; onProgress?: (status: StackStatus) => void },
  options: LoadOptions & { stackName?: string; timeoutMs: number; prune?: boolean },
): Promise<DeployResult> {
  const started = Date.now();
  await requireSwarmManager(deps.engine);
  const project = await loadValidProject(options);
  const stack = options.stackName ?? project.name;
  const previous = await stackStatus(stack, deps.signal);
  // Security: the docker CLI reads the project as it was checked, not the files again.
  const checked = await writeCheckedFile(project);
  const run = await runStack(
    stack,
    { name: 'deploy', files: [checked.file], prune: options.prune },
    {
      cwd: project.workingDir,
      env: project.environment,
      // Security: the docker CLI interpolates with exactly the environment the model was checked with.
      inheritEnv: options.env === undefined,
      signal: deps.signal,
      timeoutMs: 120_000,
    },
  ).finally(() => checked.remove());
  if (run.exitCode !== 0) {
    throw new ToolError(
      'ENGINE_ERROR',
      `docker stack deploy ${stack} failed:\n${maskSecretsInText(tailText(run.stderr || run.stdout, 20, 4000).text)}`,
      'Fix the file or the swarm as the message says, then retry.',
    );
  }
  const ignored = swarmIgnoredKeys(project.model);
  const updatesBefore = new Map(previous.services.map((s) => [s.name, s.update?.startedAt]));
  const cliIgnored = cliIgnoredOptions(run.stderr + run.stdout);
  for (;;) {
    const status = await stackStatus(stack, deps.signal);
    deps.onProgress?.(status);
    const elapsedMs = Date.now() - started;
    const base = { ...status, elapsedMs, ignored, cliIgnored };
    const failed = status.services.find(
      (s) =>
        s.update && FAILED_UPDATE.has(s.update.state) && s.update.startedAt !== updatesBefore.get(s.name),
    );
    if (failed?.update) {
      const outcome = failed.update.state.startsWith('rollback') ? 'rolled_back' : 'update_paused';
      return { ...base, ok: false, outcome };
    }
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
