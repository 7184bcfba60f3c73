import { Readable } from 'node:stream';
import type Dockerode from 'dockerode';
import { ToolError } from '../errors.js';
import type { FileSyncSource } from './build-filesync.js';
import { buildQuery, cancelBuild, dialBuild, hasBuildKit, type VersionInfo } from './build-request.js';
import { readBuildStream } from './build-stream.js';
import type { TraceLog, TraceVertex } from './build-trace.js';
import { type BuildSecret, type BuildSession, openBuildSession } from './buildkit-session.js';

export type { FileSyncEntry, FileSyncSource } from './build-filesync.js';
export type { TraceLog, TraceVertex } from './build-trace.js';
export type { BuildSecret } from './buildkit-session.js';

/** How the context reaches the engine: folders synced over the session, or a tar upload. */
export interface BuildContextSource {
  /** An uncompressed tar of the context; the classic builder needs it. */
  tar(): Promise<Readable>;
  /** The Dockerfile's path inside the tar. */
  dockerfileInTar: string;
  /** With BuildKit: `context` and `dockerfile` folders the engine reads (and caches) itself. */
  sync?: FileSyncSource & { dockerfileName: string };
}

export interface BuildOptions {
  context: BuildContextSource;
  tags: string[];
  target?: string;
  buildArgs?: Record<string, string>;
  labels?: Record<string, string>;
  noCache?: boolean;
  pull?: boolean;
  cacheFrom?: string[];
  platform?: string;
  networkMode?: string;
  secrets?: BuildSecret[];
  /** Identifies the context for BuildKit's cache of transferred files. */
  sharedKey?: string;
  /** 'auto' uses BuildKit and falls back to the classic builder only when the engine has none. */
  builder?: 'auto' | 'buildkit' | 'classic';
}

/** What the engine reports while it builds, in the order it reports it. */
export type BuildEvent =
  | { type: 'vertex'; vertex: TraceVertex }
  | { type: 'log'; log: TraceLog }
  | { type: 'warning'; vertex?: string; message: string }
  | { type: 'output'; text: string };

export interface BuildOutcome {
  builder: 'buildkit' | 'classic';
  engineVersion: string;
  imageId?: string;
  /** The engine's error message when the build failed. */
  error?: string;
  /** Notes about the build itself (e.g. a fallback to the classic builder). */
  notices: string[];
}

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
  if (options.builder !== 'buildkit' && builder === 'buildkit' && !hasBuildKit(version)) {
    builder = 'classic';
    notices.push(
      'This engine has no BuildKit: built with the classic builder (no RUN --mount, no build secrets).',
    );
  }
  if (builder === 'classic' && options.secrets?.length) {
    throw new ToolError(
      'INVALID_ARGUMENT',
      'Build secrets need BuildKit, which this build does not use.',
      'Use an engine with BuildKit or drop the secrets.',
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
      if (query.buildid) void cancelBuild(docker, query.buildid);
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
