import type { DockerEngine } from '../engine/types.js';
import type { AllowFlags } from '../security/allow-flags.js';
import type { ServerPolicy } from '../toolkit/context.js';
import type { Toolset } from '../toolkit/tool.js';

/** Everything the server is started with; the CLI fills it from flags and environment. */
export interface ServerConfig {
  /** Workspace roots used when the client offers no MCP roots. */
  workspace: string[];
  readOnly: boolean;
  /** Only these toolsets are listed (all when undefined). */
  toolsets?: Toolset[];
  allow: AllowFlags;
  recordPatterns: boolean;
  /** From --allow-env and DOCKWRIGHT_ALLOW_ENV: see src/security/environment.ts. */
  allowEnv: string[];
  /** Seconds per engine API call (--engine-timeout); DOCKWRIGHT_ENGINE_TIMEOUT or 30 otherwise. */
  engineTimeoutSeconds?: number;
  /**
   * Security: roots a client declares are narrowed to `workspace` (HTTP clients, or an explicit
   * --workspace); otherwise the client's roots replace it.
   */
  narrowClientRoots?: boolean;
  /** Tests substitute an engine; by default the real one connects lazily. */
  engine?: DockerEngine;
}

export const NO_ALLOWANCES: AllowFlags = {
  privileged: false,
  hostNamespaces: false,
  capabilities: false,
  bindOutsideWorkspace: false,
  dockerSocket: false,
  confirmArgument: false,
  devices: false,
};

export function defaultConfig(overrides: Partial<ServerConfig> = {}): ServerConfig {
  return {
    workspace: [process.cwd()],
    readOnly: false,
    allow: { ...NO_ALLOWANCES },
    recordPatterns: true,
    allowEnv: [],
    ...overrides,
  };
}

export function policyOf(config: ServerConfig): ServerPolicy {
  return {
    readOnly: config.readOnly,
    allow: config.allow,
    recordPatterns: config.recordPatterns,
    allowEnv: config.allowEnv,
  };
}
