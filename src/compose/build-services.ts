import path from 'node:path';
import { runBuild } from '../build/run.js';
import type { DockerEngine } from '../engine/types.js';
import type { ComposeCli } from '../exec/compose.js';
import type { Workspace } from '../workspace.js';
import type { ComposeProject, ComposeService } from './model.js';

/** Build keys the engine-side build reproduces; a service using any other is left to the CLI. */
const ENGINE_BUILD_KEYS = new Set([
  'context',
  'dockerfile',
  'args',
  'target',
  'labels',
  'network',
  'cache_from',
]);

/**
 * Compose v1 builds with the legacy builder, which rejects `RUN --mount` (cache mounts,
 * secrets: every Dockerfile dockwright generates), unless it hands the build to a docker CLI
 * with BuildKit. So for v1, the services' images are built here with BuildKit through the
 * Engine API, under the names v1 gives them, and `up` then finds them. Returns the services
 * it built; a service whose build uses keys this does not reproduce is left to the CLI.
 */
export async function buildForComposeV1(
  engine: DockerEngine,
  workspace: Workspace,
  cli: ComposeCli,
  project: ComposeProject,
  services: string[],
  hooks: { signal: AbortSignal; onBuild?: (service: string) => void; force: boolean },
): Promise<string[]> {
  if (cli.flavour !== 'v1') return [];
  const built: string[] = [];
  for (const name of services) {
    const service = project.model.services[name];
    if (!service?.build || !engineCanBuild(service.build)) continue;
    const tag = service.image ?? `${project.name.toLowerCase().replace(/[^-_a-z0-9]/g, '')}_${name}`;
    if (
      !hooks.force &&
      (await engine.inspectImage(tag).then(
        () => true,
        () => false,
      ))
    )
      continue;
    hooks.onBuild?.(name);
    const { build } = service;
    await runBuild(
      engine,
      workspace,
      {
        context: path.resolve(project.workingDir, build.context),
        dockerfile: path.resolve(project.workingDir, build.context, build.dockerfile ?? 'Dockerfile'),
        tags: [tag],
        target: build.target,
        buildArgs: build.args as Record<string, string> | undefined,
        labels: build.labels as Record<string, string> | undefined,
        networkMode: build.network as string | undefined,
        cacheFrom: build.cache_from as string[] | undefined,
      },
      { signal: hooks.signal },
    );
    built.push(name);
  }
  return built;
}

function engineCanBuild(build: NonNullable<ComposeService['build']>): boolean {
  return (
    Object.keys(build).every((key) => ENGINE_BUILD_KEYS.has(key)) &&
    // A git URL context, or an arg Compose would take from its environment, stays with the CLI.
    !/^[a-z]+:\/\/|^git@/.test(build.context) &&
    Object.values(build.args ?? {}).every((value) => value !== null)
  );
}
