import type { PortMapping } from './ports.js';
import type { ServiceMount } from './volume-syntax.js';
import type { SourceMap } from './yaml-source.js';

export type { PortMapping } from './ports.js';
export type { ServiceMount } from './volume-syntax.js';

export type DependencyCondition = 'service_started' | 'service_healthy' | 'service_completed_successfully';

export interface Healthcheck {
  test?: string[];
  interval?: string;
  timeout?: string;
  retries?: number;
  start_period?: string;
  start_interval?: string;
  disable?: boolean;
}

export interface ResourceSet {
  cpus?: string | number;
  memory?: string | number;
  pids?: number;
}

export interface Deploy {
  mode?: string;
  replicas?: number;
  resources?: { limits?: ResourceSet; reservations?: ResourceSet };
  restart_policy?: { condition?: string; delay?: string; max_attempts?: number; window?: string };
  placement?: { constraints?: string[] };
  labels?: Record<string, string>;
  [key: string]: unknown;
}

/** One service after normalisation: every key in its long syntax. */
export interface ComposeService {
  image?: string;
  build?: {
    context: string;
    dockerfile?: string;
    args?: Record<string, string | null>;
    target?: string;
    [key: string]: unknown;
  };
  command?: string | string[] | null;
  entrypoint?: string | string[] | null;
  environment: Record<string, string | null>;
  labels: Record<string, string>;
  ports: PortMapping[];
  volumes: ServiceMount[];
  depends_on: Record<string, { condition: DependencyCondition; required: boolean; restart: boolean }>;
  networks?: Record<string, Record<string, unknown> | null>;
  healthcheck?: Healthcheck;
  deploy?: Deploy;
  restart?: string;
  profiles?: string[];
  privileged?: boolean;
  network_mode?: string;
  container_name?: string;
  mem_limit?: string | number;
  cpus?: string | number;
  secrets?: { source: string; target?: string }[];
  configs?: { source: string; target?: string }[];
  [key: string]: unknown;
}

export interface ComposeModel {
  name: string;
  services: Record<string, ComposeService>;
  networks: Record<string, Record<string, unknown>>;
  volumes: Record<string, Record<string, unknown>>;
  configs: Record<string, Record<string, unknown>>;
  secrets: Record<string, Record<string, unknown>>;
  /** Present only when a file still declares the obsolete top-level `version`. */
  version?: string;
}

export type Severity = 'error' | 'warning' | 'info';

/** A validation error or lint finding with where it was written. */
export interface ComposeFinding {
  code: string;
  severity: Severity;
  path: string;
  message: string;
  file?: string;
  line?: number;
}

/** A loaded project: the normalised model, the raw merged data, and where each path came from. */
export interface ComposeProject {
  name: string;
  workingDir: string;
  files: string[];
  model: ComposeModel;
  /** The merged, interpolated data before normalisation (what validation checks). */
  raw: Record<string, unknown>;
  sourceMap: SourceMap;
  /** Paths whose value came from `${VAR}` interpolation rather than a literal. */
  interpolatedPaths: Set<string>;
  /** Services switched off because none of their profiles is active. */
  disabledServices: string[];
  activeProfiles: string[];
  environment: Record<string, string | undefined>;
  /** What `~` means in host paths: $HOME of the environment the CLI runs with. */
  home: string;
  warnings: ComposeFinding[];
}
