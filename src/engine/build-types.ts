import type { Readable } from 'node:stream';
import type { FileSyncSource } from './build-filesync.js';
import type { TraceLog, TraceVertex } from './build-trace.js';
import type { BuildSecret } from './buildkit-session.js';

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
