import type { DockerEngine } from '../engine/types.js';
import type { PatternStore } from '../patterns/index.js';
import type { AllowFlags } from '../security/allow-flags.js';
import type { Workspace } from '../workspace.js';
import type { MeasuredImages } from './measured-images.js';

export interface ServerPolicy {
  readOnly: boolean;
  allow: AllowFlags;
  /** Record trials of Dockerfiles in the pattern store (a build alone: a candidate). */
  recordPatterns: boolean;
  /** Environment variables a client may have read (build secrets, interpolation): see isEnvAllowed. */
  allowEnv: readonly string[];
}

export type LogLevel = 'debug' | 'info' | 'warning' | 'error';

export interface ToolContext {
  /** The Docker Engine; connects on first use, so tools that never touch Docker never pay for it. */
  engine: DockerEngine;
  workspace: Workspace;
  /** The pattern memory; opens on first use and throws STORE_UNAVAILABLE when it cannot. */
  patterns(): Promise<PatternStore>;
  /** What this server measured about the images it built (build time, size), by image id. */
  measured: MeasuredImages;
  policy: ServerPolicy;
  /** Report progress to the client (dropped when the client asked for none). */
  progress(progress: number, total?: number, message?: string): void;
  /** Aborted when the client cancels the call (or the CLI gets Ctrl-C). */
  signal: AbortSignal;
  log(level: LogLevel, message: string): void;
  /**
   * Ask the user before a destructive step: elicitation when the client supports it, else the
   * tool's `confirm: true` argument, counted only under --allow-confirm-argument.
   * Throws CONFIRMATION_REQUIRED when not confirmed.
   */
  confirm(action: string): Promise<void>;
}
