import type { Readable } from 'node:stream';
import type { BuildEvent, BuildOptions, BuildOutcome } from './build-types.js';

/** What the engine says about itself (`docker version` + `docker info`). */
export interface EngineFacts {
  /** Docker, or Podman's Docker-compatible service. */
  product: import('./product.js').EngineProduct;
  /** e.g. "Docker Engine 20.10.24" or "Podman 4.3.1". */
  productName: string;
  serverVersion: string;
  apiVersion: string;
  minApiVersion?: string;
  os: string;
  arch: string;
  kernel: string;
  storageDriver?: string;
  cgroupVersion?: string;
  containers: { total: number; running: number };
  images: number;
  swarm: 'inactive' | 'active' | 'pending' | 'error' | 'locked' | string;
  nodeId?: string;
  rootless: boolean;
  /** The endpoint we connected to (socket path or URL), for display. */
  endpoint: string;
  context?: string;
}

export interface PortBinding {
  containerPort: number;
  protocol: 'tcp' | 'udp' | 'sctp';
  hostIp?: string;
  hostPort?: number;
}

export interface ContainerSummary {
  id: string;
  name: string;
  image: string;
  state: string;
  status: string;
  health?: string;
  ports: PortBinding[];
  labels: Record<string, string>;
  created: number;
}

export interface HealthLogEntry {
  start: string;
  end: string;
  exitCode: number;
  output: string;
}

export interface MountSpec {
  type: 'bind' | 'volume' | 'tmpfs';
  source?: string;
  target: string;
  readOnly?: boolean;
}

/** The parts of `docker inspect` that matter, in our own shape. */
export interface ContainerDetails {
  id: string;
  name: string;
  image: string;
  imageId: string;
  created: string;
  state: {
    status: string;
    running: boolean;
    exitCode: number;
    oomKilled: boolean;
    error?: string;
    startedAt?: string;
    finishedAt?: string;
    health?: { status: string; failingStreak: number; log: HealthLogEntry[] };
  };
  restartCount: number;
  restartPolicy?: string;
  command: string[];
  entrypoint: string[];
  user?: string;
  workingDir?: string;
  env: string[];
  labels: Record<string, string>;
  ports: PortBinding[];
  mounts: MountSpec[];
  networks: string[];
  memoryLimit?: number;
  nanoCpus?: number;
  privileged: boolean;
}

export interface HealthcheckSpec {
  test: string[];
  intervalMs?: number;
  timeoutMs?: number;
  retries?: number;
  startPeriodMs?: number;
}

export interface ContainerSpec {
  image: string;
  name?: string;
  command?: string[];
  entrypoint?: string[];
  env?: Record<string, string>;
  user?: string;
  workingDir?: string;
  labels?: Record<string, string>;
  ports?: PortBinding[];
  mounts?: MountSpec[];
  networkMode?: string;
  pidMode?: string;
  privileged?: boolean;
  capAdd?: string[];
  memoryBytes?: number;
  nanoCpus?: number;
  restartPolicy?: { name: 'no' | 'always' | 'unless-stopped' | 'on-failure'; maximumRetryCount?: number };
  healthcheck?: HealthcheckSpec;
  readOnlyRootfs?: boolean;
  autoRemove?: boolean;
}

export interface ExecResult {
  exitCode: number;
  stdout: string;
  stderr: string;
  truncated: boolean;
  timedOut: boolean;
}

export interface LogOptions {
  tail?: number;
  since?: number;
  until?: number;
  stdout?: boolean;
  stderr?: boolean;
  timestamps?: boolean;
}

export interface ImageSummary {
  id: string;
  tags: string[];
  digests: string[];
  size: number;
  created: number;
  labels: Record<string, string>;
}

export interface ImageDetails {
  id: string;
  tags: string[];
  digests: string[];
  created: string;
  size: number;
  architecture: string;
  os: string;
  config: {
    user?: string;
    env: string[];
    cmd?: string[];
    entrypoint?: string[];
    workingDir?: string;
    exposedPorts: string[];
    labels: Record<string, string>;
    healthcheck?: HealthcheckSpec;
    stopSignal?: string;
    volumes: string[];
  };
  layers: string[];
}

export interface ImageHistoryEntry {
  id: string;
  created: number;
  createdBy: string;
  size: number;
  comment?: string;
  tags: string[];
}

/** One event of a pull or push, as the engine streams it. */
export interface PullPushEvent {
  id?: string;
  status?: string;
  progressDetail?: { current?: number; total?: number };
  error?: string;
  aux?: Record<string, unknown>;
}

export interface RegistryAuth {
  username?: string;
  password?: string;
  identitytoken?: string;
  serveraddress?: string;
}

export interface NetworkSummary {
  id: string;
  name: string;
  driver: string;
  scope: string;
  internal: boolean;
  attachable: boolean;
  labels: Record<string, string>;
  created: string;
  subnets: string[];
  containers: { id: string; name: string; ipv4?: string }[];
}

export interface VolumeSummary {
  name: string;
  driver: string;
  mountpoint: string;
  labels: Record<string, string>;
  created?: string;
  scope: string;
  /** The driver's options (for the local driver: type, o, device). */
  options?: Record<string, string>;
}

export interface PruneResult {
  removed: string[];
  spaceReclaimed: number;
}

export interface StatsSnapshot {
  cpuPercent: number;
  memoryUsage: number;
  memoryLimit: number;
  memoryPercent: number;
  networkRx: number;
  networkTx: number;
  blockRead: number;
  blockWrite: number;
  pids: number;
}

export type Filters = Record<string, string[]>;

/**
 * Everything dockwright asks of a Docker Engine. The dockerode implementation lives in
 * ./dockerode.ts and is the only code that imports dockerode; tests may substitute a fake.
 */
export interface DockerEngine {
  facts(): Promise<EngineFacts>;
  /** A quick round trip; fails with TIMEOUT or DOCKER_UNAVAILABLE when the engine cannot answer. */
  ping(what: string): Promise<void>;

  listContainers(options?: { all?: boolean; filters?: Filters; limit?: number }): Promise<ContainerSummary[]>;
  inspectContainer(idOrName: string): Promise<ContainerDetails>;
  createContainer(spec: ContainerSpec): Promise<string>;
  startContainer(id: string): Promise<void>;
  stopContainer(id: string, timeoutSeconds?: number): Promise<void>;
  restartContainer(id: string, timeoutSeconds?: number): Promise<void>;
  removeContainer(id: string, options?: { force?: boolean; volumes?: boolean }): Promise<void>;
  containerLogs(id: string, options: LogOptions): Promise<{ stdout: string; stderr: string }>;
  exec(
    id: string,
    options: {
      cmd: string[];
      env?: string[];
      user?: string;
      workingDir?: string;
      timeoutMs: number;
      maxBytes: number;
    },
    signal?: AbortSignal,
  ): Promise<ExecResult>;
  containerStats(id: string): Promise<StatsSnapshot>;
  waitContainer(id: string, signal?: AbortSignal): Promise<{ exitCode: number }>;

  listImages(options?: { all?: boolean; filters?: Filters }): Promise<ImageSummary[]>;
  inspectImage(ref: string): Promise<ImageDetails>;
  imageHistory(ref: string): Promise<ImageHistoryEntry[]>;
  tagImage(ref: string, repo: string, tag: string): Promise<void>;
  removeImage(ref: string, options?: { force?: boolean; noPrune?: boolean }): Promise<string[]>;
  pullImage(
    ref: string,
    options: { auth?: RegistryAuth; platform?: string; onEvent?: (event: PullPushEvent) => void },
    signal?: AbortSignal,
  ): Promise<void>;
  pushImage(
    ref: string,
    options: { auth?: RegistryAuth; onEvent?: (event: PullPushEvent) => void },
    signal?: AbortSignal,
  ): Promise<{ digest?: string }>;
  /** `docker save` as a stream: a tar of the image's layers and config. */
  exportImage(ref: string): Promise<Readable>;
  /** Builds with BuildKit (classic builder only when the engine has none); events as they stream. */
  build(
    options: BuildOptions,
    onEvent: (event: BuildEvent) => void,
    signal: AbortSignal,
  ): Promise<BuildOutcome>;

  listNetworks(options?: { filters?: Filters }): Promise<NetworkSummary[]>;
  inspectNetwork(idOrName: string): Promise<NetworkSummary>;
  createNetwork(options: {
    name: string;
    driver?: string;
    internal?: boolean;
    attachable?: boolean;
    labels?: Record<string, string>;
    subnet?: string;
  }): Promise<string>;
  removeNetwork(idOrName: string): Promise<void>;

  listVolumes(options?: { filters?: Filters }): Promise<VolumeSummary[]>;
  inspectVolume(name: string): Promise<VolumeSummary>;
  createVolume(options: {
    name?: string;
    driver?: string;
    labels?: Record<string, string>;
  }): Promise<VolumeSummary>;
  removeVolume(name: string, options?: { force?: boolean }): Promise<void>;

  prune(kind: 'containers' | 'images' | 'networks' | 'volumes', filters?: Filters): Promise<PruneResult>;
}
