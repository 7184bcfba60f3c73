import { randomUUID } from 'node:crypto';
import type { Readable } from 'node:stream';
import type Dockerode from 'dockerode';
import type { BuildOptions } from './build-types.js';
import { engineProductOf, type VersionComponents } from './product.js';

export interface VersionInfo extends VersionComponents {
  ApiVersion?: string;
  Os?: string;
}

/** BuildKit over the Engine API needs a Docker Engine (not Podman) with API 1.39+ on Linux. */
export function hasBuildKit(version: VersionInfo): boolean {
  if (engineProductOf(version).product === 'podman') return false;
  const [major, minor] = (version.ApiVersion ?? '0.0').split('.').map(Number);
  return version.Os !== 'windows' && (major > 1 || (major === 1 && minor >= 39));
}

/** The /build query; `remote=client-session` makes BuildKit read the context over the session. */
export function buildQuery(
  options: BuildOptions,
  builder: 'buildkit' | 'classic',
  synced: boolean,
  sessionId?: string,
): Record<string, unknown> {
  // Unset parameters are left out: Podman reads an empty `buildargs=` as JSON and refuses it.
  const query: Record<string, unknown> = {
    version: builder === 'buildkit' ? '2' : '1',
    remote: synced ? 'client-session' : undefined,
    dockerfile: synced ? options.context.sync?.dockerfileName : options.context.dockerfileInTar,
    t: options.tags,
    target: options.target,
    buildargs: options.buildArgs,
    labels: options.labels,
    nocache: options.noCache || undefined,
    pull: options.pull || undefined,
    cachefrom: options.cacheFrom?.length ? JSON.stringify(options.cacheFrom) : undefined,
    platform: options.platform,
    networkmode: options.networkMode,
    rm: true,
    forcerm: true,
    session: sessionId,
    buildid: sessionId ? randomUUID() : undefined,
  };
  return Object.fromEntries(Object.entries(query).filter(([, value]) => value !== undefined));
}

/** A streamed request's error keeps the daemon's reason only in its message; lift it out. */
function withDaemonMessage(error: unknown): unknown {
  const failure = error as { message?: string; json?: unknown };
  const cause = /^\(HTTP code \d+\) [^-]*- (.*)$/s.exec(failure.message ?? '')?.[1]?.trim();
  if (cause && !failure.json) failure.json = { message: cause };
  return error;
}

export function dialBuild(
  docker: Dockerode,
  context: Readable,
  query: object,
  signal: AbortSignal,
): Promise<Readable> {
  const request = {
    path: '/build?',
    method: 'POST',
    file: context,
    options: query,
    abortSignal: signal,
    isStream: true,
    statusCodes: { 200: true, 400: 'bad parameter', 500: 'server error' },
  };
  return new Promise((resolve, reject) => {
    docker.modem.dial(request, (error: unknown, stream: unknown) => {
      if (error) reject(withDaemonMessage(error));
      else resolve(stream as Readable);
    });
  });
}

export async function cancelBuild(docker: Dockerode, buildId: string): Promise<void> {
  const request = {
    path: `/build/cancel?id=${encodeURIComponent(buildId)}`,
    method: 'POST',
    statusCodes: { 200: true },
  };
  await new Promise<void>((resolve) => docker.modem.dial(request, () => resolve()));
}
