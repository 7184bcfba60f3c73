import { Readable } from 'node:stream';
import type Dockerode from 'dockerode';
import { ToolError } from '../errors.js';
import { buildQuery, cancelBuild, dialBuild, hasBuildKit, type VersionInfo } from './build-request.js';
import { readBuildStream } from './build-stream.js';
import type { BuildEvent, BuildOptions, BuildOutcome } from './build-types.js';
import { type BuildSession, openBuildSession } from './buildkit-session.js';
import { engineProductOf, PODMAN_BUILD_NOTE } from './product.js';

const versions = new WeakMap<Dockerode, Promise<VersionInfo>>();

/** The engine's version, asked once per connection: every build needs it, and it does not change. */
function engineVersion(docker: Dockerode): Promise<VersionInfo> {
  let version = versions.get(docker);
  if (!version) {
    version = docker.version() as Promise<VersionInfo>;
    version.catch(() => versions.delete(docker));
    versions.set(docker, version);
  }
  return version;
}

/**
 * Runs one build on the engine and reports its events. A failed build resolves with
 * `error`; a cancelled one rejects with CANCELLED once the engine was told to stop.
 */
export async function buildImage(
  docker: Dockerode,
  options: BuildOptions,
  onEvent: (event: BuildEvent) => void,
  signal: AbortSignal,
): Promise<BuildOutcome> {
  const notices: string[] = [];
  const version = await engineVersion(docker);
  let builder: 'buildkit' | 'classic' = options.builder === 'classic' ? 'classic' : 'buildkit';
  const podman = engineProductOf(version).product === 'podman';
  if (podman && options.builder === 'buildkit')
    throw new ToolError(
      'UNSUPPORTED',
      PODMAN_BUILD_NOTE,
      'Leave builder unset (or classic) to build with Podman.',
    );
  if (options.builder !== 'buildkit' && builder === 'buildkit' && !hasBuildKit(version)) {
    builder = 'classic';
    notices.push(
      podman
        ? PODMAN_BUILD_NOTE
        : 'This engine has no BuildKit: built with the classic builder (no RUN --mount, no build secrets).',
    );
  }
  if (builder === 'classic' && options.secrets?.length) {
    throw new ToolError(
      podman ? 'UNSUPPORTED' : 'INVALID_ARGUMENT',
      podman ? PODMAN_BUILD_NOTE : 'Build secrets need BuildKit, which this build does not use.',
      podman
        ? 'Build with a Docker Engine for build secrets, or pass the value another way.'
        : 'Use an engine with BuildKit or drop the secrets.',
    );
  }
  let session: BuildSession | undefined;
  let bodyStream: Readable | undefined;
  const cancelled = () => new ToolError('CANCELLED', 'The build was cancelled; the engine stopped it.');
  const onAbort = () => {
    session?.close();
  };
  signal.addEventListener('abort', onAbort, { once: true });
  try {
    const sync = builder === 'buildkit' ? options.context.sync : undefined;
    if (builder === 'buildkit') {
      session = await openBuildSession(docker, {
        secrets: options.secrets ?? [],
        sharedKey: options.sharedKey ?? 'dockwright',
        files: sync,
      });
    }
    if (signal.aborted) throw cancelled();
    const query = buildQuery(options, builder, Boolean(sync), session?.id);
    const stopEngineBuild = () => {
      if (typeof query.buildid === 'string') void cancelBuild(docker, query.buildid);
    };
    signal.addEventListener('abort', stopEngineBuild, { once: true });
    try {
      const body = sync ? Readable.from([]) : await options.context.tar();
      bodyStream = body;
      const stream = await dialBuild(docker, body, query, signal);
      const result = await readBuildStream(stream, onEvent, signal);
      if (signal.aborted) throw cancelled();
      return {
        builder,
        engineVersion: version.Version ?? 'unknown',
        imageId: result.imageId,
        error: result.error,
        notices,
      };
    } catch (error) {
      if (signal.aborted) throw cancelled();
      throw error;
    } finally {
      signal.removeEventListener('abort', stopEngineBuild);
    }
  } finally {
    signal.removeEventListener('abort', onAbort);
    session?.close();
    bodyStream?.destroy();
  }
}
