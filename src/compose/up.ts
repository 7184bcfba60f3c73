import path from 'node:path';
import { ownLabels } from '../containers/format.js';
import type { ContainerSummary, DockerEngine } from '../engine/types.js';
import {
  type ComposeCli,
  type ComposeFlavour,
  type ComposeTarget,
  detectComposeCli,
  runCompose,
} from '../exec/compose.js';
import { maskSecretsInText } from '../security/secrets.js';
import { tailText } from '../security/untrusted.js';
import { Workspace } from '../workspace.js';
import { buildForComposeV1 } from './build-services.js';
import type { LoadOptions } from './load.js';
import { projectLogs } from './logs.js';
import { missingImages, pullFailedError } from './missing-images.js';
import type { ComposeProject } from './model.js';
import { loadValidProject, type OrchestrationDeps, withCheckedTarget } from './orchestration.js';
import { projectOwnership, removeWhatThisCallStarted } from './ownership.js';
import type { ServiceReadiness } from './readiness.js';
import type { ContainerState } from './status.js';
import { waitForServices } from './wait.js';

export interface UpOptions extends LoadOptions {
  build?: boolean;
  services?: string[];
  timeoutMs: number;
  rollbackOnFailure?: boolean;
  logLines?: number;
  pollMs?: number;
}

export interface ServiceReport extends ServiceReadiness {
  containers: ContainerState[];
}

export interface UpFailure {
  reason: string;
  service?: string;
  state?: string;
  health?: string;
  lastHealthOutput?: string;
  logs?: string;
  cliOutput?: string;
}

/** The same result whichever Compose CLI ran. */
export interface ComposeUpResult {
  project: string;
  cli: { flavour: ComposeFlavour; version: string };
  ok: boolean;
  outcome: 'ready' | 'failed' | 'timeout' | 'cancelled' | 'cli_failed';
  elapsedMs: number;
  services: ServiceReport[];
  failure?: UpFailure;
  rolledBack: boolean;
}

/** Runs `up --detach`, then waits until every service is running and every health check passes. */
export async function composeUp(deps: OrchestrationDeps, options: UpOptions): Promise<ComposeUpResult> {
  const started = Date.now();
  const project = await loadValidProject(options);
  // The Compose CLI waits 60 s on a stalled engine: a ping first fails in the engine's API time.
  await deps.engine.ping(`Starting Compose project "${project.name}"`);
  const cli = deps.cli ?? (await detectComposeCli(deps.prefer));
  const { existing, foreign } = await projectOwnership(deps.engine, project.name);
  // Security: a project dockwright did not start is the user's: changing it needs their
  // consent, and its orphans (containers of services no longer in the file) stay.
  if (foreign.length) {
    const names = foreign.slice(0, 5).map((c) => c.name);
    await deps.confirm?.(
      `Bring up Compose project "${project.name}", which dockwright did not start: this may recreate its ` +
        `containers (${names.join(', ')}${foreign.length > 5 ? ', …' : ''})`,
    );
  }
  // dockwright's label marks the containers as its own, for later calls to tell apart.
  const call = { deps, options, project, cli, existing, foreign, started };
  return withCheckedTarget(
    project,
    options,
    (target) => upAndWait(call, target),
    foreign.length ? {} : ownLabels(),
  );
}

/** One compose_up call, from after its checks: what `upAndWait` works with. */
interface UpCall {
  deps: OrchestrationDeps;
  options: UpOptions;
  project: ComposeProject;
  cli: ComposeCli;
  /** The project's containers before the call, and those dockwright did not create. */
  existing: ContainerSummary[];
  foreign: ContainerSummary[];
  started: number;
}

/** Builds (Compose v1), runs `up` on the checked target, waits, and diagnoses or rolls back a failure. */
async function upAndWait(call: UpCall, target: ComposeTarget): Promise<ComposeUpResult> {
  const { deps, options, project, cli, existing, foreign, started } = call;
  const services = options.services?.length ? options.services : activeServices(project);
  const withBuild = services.filter((name) => project.model.services[name]?.build);
  const builtHere = await buildForComposeV1(
    deps.engine,
    deps.workspace ?? projectWorkspace(project),
    cli,
    project,
    withBuild,
    {
      signal: deps.signal ?? new AbortController().signal,
      force: Boolean(options.build),
      onBuild: (service) => deps.onCliLine?.(`building ${service} with BuildKit through the Engine API`),
    },
  );
  const up = await runCompose(
    cli,
    target,
    {
      name: 'up',
      build: options.build && builtHere.length < withBuild.length,
      services: options.services,
      removeOrphans: !foreign.length,
    },
    {
      signal: deps.signal,
      timeoutMs: options.build
        ? Math.max(options.timeoutMs, 30 * 60_000)
        : Math.max(options.timeoutMs, 120_000),
      onLine: (line) => deps.onCliLine?.(line),
    },
  );
  const base = {
    project: project.name,
    cli: { flavour: cli.flavour, version: cli.version },
    rolledBack: false,
  };
  let outcome: ComposeUpResult['outcome'];
  let wait: Awaited<ReturnType<typeof waitForServices>>;
  if (up.exitCode !== 0) {
    wait = await waitForServices(deps.engine, { projectName: project.name, services, timeoutMs: 0 });
    outcome = up.cancelled ? 'cancelled' : 'cli_failed';
  } else {
    const remaining = Math.max(0, options.timeoutMs - (Date.now() - started));
    wait = await waitForServices(deps.engine, {
      projectName: project.name,
      services,
      timeoutMs: remaining,
      pollMs: options.pollMs,
      signal: deps.signal,
      onChange: deps.onProgress,
    });
    outcome = wait.outcome;
  }
  const reports = wait.readiness.map((r) => ({
    ...r,
    containers: wait.states.find((s) => s.service === r.service)?.containers ?? [],
  }));
  const result: ComposeUpResult = {
    ...base,
    ok: outcome === 'ready',
    outcome,
    elapsedMs: Date.now() - started,
    services: reports,
  };
  if (result.ok) return result;
  result.failure = await diagnose(
    deps.engine,
    project.name,
    reports,
    outcome,
    up.stderr || up.stdout,
    options.logLines ?? 30,
  );
  if (outcome === 'cancelled') {
    result.rolledBack = await removeWhatThisCallStarted(deps.engine, cli, target, existing);
  } else if (options.rollbackOnFailure) {
    const down = await runCompose(
      cli,
      target,
      { name: 'down', removeOrphans: !foreign.length },
      { timeoutMs: 120_000 },
    );
    result.rolledBack = down.exitCode === 0;
  }
  result.elapsedMs = Date.now() - started;
  if (outcome === 'cli_failed') {
    const cliOutput = `${up.stdout}\n${up.stderr}`;
    const missing = await missingImages(deps.engine, project, services, cliOutput);
    if (missing.length) {
      const left = result.rolledBack
        ? 'Rolled back.'
        : 'What Compose created is left in place; compose_down removes it.';
      throw pullFailedError(missing, cliOutput, left);
    }
  }
  return result;
}

function activeServices(project: ComposeProject): string[] {
  return Object.entries(project.model.services)
    .filter(([, s]) => s.scale !== 0 && s.deploy?.replicas !== 0)
    .map(([name]) => name);
}

async function diagnose(
  engine: DockerEngine,
  projectName: string,
  reports: ServiceReport[],
  outcome: ComposeUpResult['outcome'],
  cliOutput: string,
  logLines: number,
): Promise<UpFailure> {
  const culprit =
    reports.find((r) => r.readiness === 'failed') ??
    reports.find((r) => r.containers.some((c) => c.health === 'unhealthy')) ??
    reports.find((r) => r.readiness === 'waiting');
  const reasons: Record<ComposeUpResult['outcome'], string> = {
    ready: '',
    failed: `service "${culprit?.service}" failed: ${culprit?.detail}`,
    timeout: `timed out waiting for service "${culprit?.service}" (${culprit?.detail})`,
    cancelled: 'cancelled before every service was ready',
    cli_failed: `the Compose CLI failed${culprit ? `; service "${culprit.service}" is ${culprit.detail}` : ''}`,
  };
  const failure: UpFailure = { reason: reasons[outcome] };
  if (cliOutput && outcome === 'cli_failed')
    failure.cliOutput = maskSecretsInText(tailText(cliOutput, 20, 4000).text);
  if (!culprit) return failure;
  const container =
    culprit.containers.find((c) => c.health === 'unhealthy' || c.state !== 'running') ??
    culprit.containers[0];
  failure.service = culprit.service;
  if (container) {
    failure.state =
      container.state + (container.exitCode !== undefined ? ` (exit ${container.exitCode})` : '');
    if (container.health) failure.health = container.health;
    if (container.lastHealthOutput !== undefined)
      failure.lastHealthOutput = maskSecretsInText(container.lastHealthOutput);
    const logs = await projectLogs(engine, { projectName, services: [culprit.service], tail: logLines });
    failure.logs = logs.find((l) => l.container === container.name)?.text;
  }
  return failure;
}

/** The CLI's user acts for themselves: their project's folder and its build contexts. */
function projectWorkspace(project: ComposeProject): Workspace {
  const contexts = Object.values(project.model.services).flatMap((service) =>
    service.build ? [path.resolve(project.workingDir, service.build.context)] : [],
  );
  return new Workspace([project.workingDir, ...contexts]);
}
