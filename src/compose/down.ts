import type { DockerEngine } from '../engine/types.js';
import { type ComposeFlavour, detectComposeCli, runCompose } from '../exec/compose.js';
import { maskSecretsInText } from '../security/secrets.js';
import { tailText } from '../security/untrusted.js';
import type { LoadOptions } from './load.js';
import { loadValidProject, type OrchestrationDeps, withCheckedTarget } from './orchestration.js';
import { PROJECT_LABEL } from './status.js';

export interface DownOptions extends LoadOptions {
  /** Remove named and anonymous volumes too (the caller has asked for confirmation). */
  volumes?: boolean;
  timeoutSeconds?: number;
}

export interface Leftovers {
  containers: string[];
  networks: string[];
  volumes: string[];
}

export interface ComposeDownResult {
  project: string;
  method: `cli-${ComposeFlavour}` | 'engine';
  ok: boolean;
  removedVolumes: boolean;
  /** What still carries the project's label afterwards (volumes only count when removal was asked). */
  leftovers: Leftovers;
  cliOutput?: string;
}

export async function projectLeftovers(engine: DockerEngine, projectName: string): Promise<Leftovers> {
  const filters = { label: [`${PROJECT_LABEL}=${projectName}`] };
  const [containers, networks, volumes] = await Promise.all([
    engine.listContainers({ all: true, filters }),
    engine.listNetworks({ filters }),
    engine.listVolumes({ filters }),
  ]);
  return {
    containers: containers.map((c) => c.name),
    networks: networks.map((n) => n.name),
    volumes: volumes.map((v) => v.name),
  };
}

/**
 * Removes a project's containers and networks (and volumes when asked) by its label, for
 * when there is no compose file to hand to the CLI (v1 cannot `down` without one).
 */
async function downByLabel(
  engine: DockerEngine,
  projectName: string,
  volumes: boolean,
  timeoutSeconds: number,
): Promise<void> {
  const before = await projectLeftovers(engine, projectName);
  await Promise.all(
    before.containers.map(async (name) => {
      await engine.stopContainer(name, timeoutSeconds).catch(() => undefined);
      await engine.removeContainer(name, { force: true, volumes });
    }),
  );
  for (const network of before.networks) await engine.removeNetwork(network);
  if (volumes) for (const volume of before.volumes) await engine.removeVolume(volume);
}

/** `down` through the CLI when the compose files are known, else by label through the engine. */
export async function composeDown(
  deps: OrchestrationDeps,
  options: DownOptions & { projectName?: string },
): Promise<ComposeDownResult> {
  const volumes = options.volumes ?? false;
  const timeoutSeconds = options.timeoutSeconds ?? 10;
  let projectName = options.projectName;
  let method: ComposeDownResult['method'] = 'engine';
  let cliOutput: string | undefined;
  let cliOk = true;
  if (options.files?.length || options.workingDir) {
    const project = await loadValidProject(options);
    projectName = project.name;
    // The Compose CLI waits 60 s on a stalled engine: a ping first fails in the engine's API time.
    await deps.engine.ping(`Stopping Compose project "${project.name}"`);
    const cli = deps.cli ?? (await detectComposeCli(deps.prefer));
    method = `cli-${cli.flavour}`;
    const run = await withCheckedTarget(project, options, (target) =>
      runCompose(
        cli,
        target,
        { name: 'down', volumes, timeoutSeconds },
        {
          signal: deps.signal,
          timeoutMs: (timeoutSeconds + 120) * 1000,
          onLine: (line) => deps.onCliLine?.(line),
        },
      ),
    );
    cliOk = run.exitCode === 0;
    if (!cliOk) cliOutput = maskSecretsInText(tailText(run.stderr || run.stdout, 20, 4000).text);
  } else if (projectName) {
    await downByLabel(deps.engine, projectName, volumes, timeoutSeconds);
  }
  const name = projectName as string;
  const leftovers = await projectLeftovers(deps.engine, name);
  if (!volumes) leftovers.volumes = [];
  const clean =
    leftovers.containers.length === 0 && leftovers.networks.length === 0 && leftovers.volumes.length === 0;
  return {
    project: name,
    method,
    ok: cliOk && clean,
    removedVolumes: volumes,
    leftovers,
    ...(cliOutput ? { cliOutput } : {}),
  };
}
