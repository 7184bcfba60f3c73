import type { Readable } from 'node:stream';
import type Dockerode from 'dockerode';
import { ToolError } from '../errors.js';
import { buildImage } from './build.js';
import type { BuildEvent, BuildOptions } from './build-types.js';
import type { EngineEndpoint } from './connect.js';
import { mapEngineError } from './errors.js';
import { execMarker, killMarkedProcesses } from './exec-kill.js';
import {
  createOptionsFromSpec,
  detailsFromInspect,
  imageFromInspect,
  networkFromInspect,
  summaryFromList,
  volumeFromInspect,
} from './mapping.js';
import { engineProductOf } from './product.js';
import { collectDemuxed, demuxBuffer } from './streams.js';
import { type EngineTimeouts, engineTimeoutError, engineTimeouts, withDeadline } from './timeouts.js';
import type {
  ContainerSpec,
  DockerEngine,
  EngineFacts,
  Filters,
  LogOptions,
  PruneResult,
  PullPushEvent,
  RegistryAuth,
  StatsSnapshot,
} from './types.js';

type Stream = NodeJS.ReadableStream & { destroy?: (error?: Error) => void };

export class DockerodeEngine implements DockerEngine {
  constructor(
    readonly docker: Dockerode,
    readonly endpoint: EngineEndpoint,
    readonly timeouts: EngineTimeouts = engineTimeouts(),
  ) {}

  /**
   * Every engine call goes through here. Security: each has a deadline, so an engine that
   * accepts and never answers cannot hold a tool call (and its client) forever.
   */
  private async call<T>(
    what: string,
    fn: () => Promise<T>,
    ms = this.timeouts.apiMs,
    options: { signal?: AbortSignal; onExpire?: () => void } = {},
  ): Promise<T> {
    try {
      return await withDeadline(fn(), ms, () => engineTimeoutError(what, this.endpoint.display, ms), options);
    } catch (error) {
      throw mapEngineError(error, what, this.endpoint.display);
    }
  }

  /** A quick answer first, so that a long operation on a stalled engine fails in the API time. */
  async ping(what: string) {
    await this.call(what, () => this.docker.ping());
  }

  async facts(): Promise<EngineFacts> {
    return this.call('Reading engine facts', async () => {
      const [version, info] = await Promise.all([this.docker.version(), this.docker.info()]);
      const securityOptions: string[] = info.SecurityOptions ?? [];
      return {
        ...engineProductOf(version),
        serverVersion: version.Version,
        apiVersion: version.ApiVersion,
        minApiVersion: version.MinAPIVersion,
        os: info.OperatingSystem ?? version.Os,
        arch: version.Arch,
        kernel: version.KernelVersion,
        storageDriver: info.Driver,
        cgroupVersion: info.CgroupVersion,
        containers: { total: info.Containers, running: info.ContainersRunning },
        images: info.Images,
        swarm: info.Swarm?.LocalNodeState ?? 'inactive',
        nodeId: info.Swarm?.NodeID || undefined,
        rootless: securityOptions.some((o) => o.includes('rootless')),
        endpoint: this.endpoint.display,
        context: this.endpoint.context,
      };
    });
  }

  listContainers(options: { all?: boolean; filters?: Filters; limit?: number } = {}) {
    return this.call('Listing containers', async () => {
      const list = await this.docker.listContainers({
        all: options.all,
        limit: options.limit,
        filters: options.filters ? JSON.stringify(options.filters) : undefined,
      });
      return list.map(summaryFromList);
    });
  }

  inspectContainer(idOrName: string) {
    return this.call(`Container "${idOrName}"`, async () =>
      detailsFromInspect(await this.docker.getContainer(idOrName).inspect()),
    );
  }

  createContainer(spec: ContainerSpec) {
    return this.call(`Creating a container from "${spec.image}"`, async () => {
      const container = await this.docker.createContainer(createOptionsFromSpec(spec));
      return container.id;
    });
  }

  startContainer(id: string) {
    return this.call(`Starting container "${id}"`, async () => {
      await this.docker.getContainer(id).start();
    });
  }

  // The engine waits up to `t` seconds (10 by default) for the process before killing it.
  async stopContainer(id: string, timeoutSeconds?: number) {
    await this.ping(`Stopping container "${id}"`);
    const limit = this.timeouts.apiMs + (timeoutSeconds ?? 10) * 1000;
    return this.call(
      `Stopping container "${id}"`,
      async () => {
        await this.docker.getContainer(id).stop({ t: timeoutSeconds });
      },
      limit,
    );
  }

  async restartContainer(id: string, timeoutSeconds?: number) {
    await this.ping(`Restarting container "${id}"`);
    const limit = this.timeouts.apiMs + (timeoutSeconds ?? 10) * 1000;
    return this.call(
      `Restarting container "${id}"`,
      async () => {
        await this.docker.getContainer(id).restart({ t: timeoutSeconds });
      },
      limit,
    );
  }

  removeContainer(id: string, options: { force?: boolean; volumes?: boolean } = {}) {
    return this.call(`Removing container "${id}"`, async () => {
      await this.docker.getContainer(id).remove({ force: options.force, v: options.volumes });
    });
  }

  containerLogs(id: string, options: LogOptions) {
    return this.call(`Logs of container "${id}"`, async () => {
      const container = this.docker.getContainer(id);
      const tty = (await container.inspect()).Config.Tty;
      // Unset options are left out: Podman refuses an empty `since=`.
      const query = Object.fromEntries(
        Object.entries({
          follow: false,
          stdout: options.stdout ?? true,
          stderr: options.stderr ?? true,
          tail: options.tail,
          since: options.since,
          until: options.until,
          timestamps: options.timestamps,
        }).filter(([, value]) => value !== undefined),
      );
      const raw = (await container.logs(query as { follow: false })) as unknown as Buffer;
      return tty ? { stdout: raw.toString('utf8'), stderr: '' } : demuxBuffer(raw);
    });
  }

  async exec(
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
  ) {
    await this.ping(`Exec in container "${id}"`);
    const limit = this.timeouts.apiMs + options.timeoutMs;
    return this.call(
      `Exec in container "${id}"`,
      async () => {
        const container = this.docker.getContainer(id);
        const marker = execMarker();
        const exec = await container.exec({
          Cmd: options.cmd,
          Env: [...(options.env ?? []), marker],
          User: options.user,
          WorkingDir: options.workingDir,
          AttachStdout: true,
          AttachStderr: true,
        });
        const stream = (await exec.start({ hijack: true, stdin: false })) as unknown as Readable;
        let timedOut = false;
        const timer = setTimeout(() => {
          timedOut = true;
          stream.destroy();
        }, options.timeoutMs);
        const abort = () => stream.destroy();
        signal?.addEventListener('abort', abort, { once: true });
        try {
          const output = await collectDemuxed(stream, options.maxBytes);
          if (timedOut || signal?.aborted) await killMarkedProcesses(container, marker);
          const state = await exec.inspect();
          return { ...output, exitCode: state.Running ? -1 : (state.ExitCode ?? -1), timedOut };
        } finally {
          clearTimeout(timer);
          signal?.removeEventListener('abort', abort);
        }
      },
      limit,
    );
  }

  containerStats(id: string) {
    return this.call(`Stats of container "${id}"`, async () => {
      const s = (await this.docker
        .getContainer(id)
        .stats({ stream: false })) as unknown as Dockerode.ContainerStats;
      return statsSnapshot(s);
    });
  }

  async waitContainer(id: string, signal?: AbortSignal) {
    await this.ping(`Waiting for container "${id}"`);
    return this.call(
      `Waiting for container "${id}"`,
      async () => {
        const result = (await this.docker.getContainer(id).wait()) as { StatusCode: number };
        return { exitCode: result.StatusCode };
      },
      Number.POSITIVE_INFINITY,
      { signal },
    );
  }

  listImages(options: { all?: boolean; filters?: Filters } = {}) {
    return this.call('Listing images', async () => {
      // An absent key, never `filters=`: Podman parses the empty value as JSON and fails.
      const list = await this.docker.listImages({
        ...(options.all === undefined ? {} : { all: options.all }),
        ...(options.filters ? { filters: JSON.stringify(options.filters) } : {}),
      });
      return list.map((i) => ({
        id: i.Id,
        tags: (i.RepoTags ?? []).filter((t) => t !== '<none>:<none>'),
        digests: (i.RepoDigests ?? []).filter((d) => !d.startsWith('<none>')),
        size: i.Size,
        created: i.Created,
        labels: i.Labels ?? {},
      }));
    });
  }

  inspectImage(ref: string) {
    return this.call(`Image "${ref}"`, async () =>
      imageFromInspect(await this.docker.getImage(ref).inspect()),
    );
  }

  imageHistory(ref: string) {
    return this.call(`History of image "${ref}"`, async () => {
      const history = (await this.docker.getImage(ref).history()) as {
        Id: string;
        Created: number;
        CreatedBy: string;
        Size: number;
        Comment?: string;
        Tags?: string[] | null;
      }[];
      return history.map((h) => ({
        id: h.Id,
        created: h.Created,
        createdBy: h.CreatedBy,
        size: h.Size,
        comment: h.Comment || undefined,
        tags: h.Tags ?? [],
      }));
    });
  }

  tagImage(ref: string, repo: string, tag: string) {
    return this.call(`Tagging image "${ref}"`, async () => {
      await this.docker.getImage(ref).tag({ repo, tag });
    });
  }

  removeImage(ref: string, options: { force?: boolean; noPrune?: boolean } = {}) {
    return this.long(`Removing image "${ref}"`, async () => {
      const result = (await this.docker
        .getImage(ref)
        .remove({ force: options.force, noprune: options.noPrune })) as {
        Untagged?: string;
        Deleted?: string;
      }[];
      return result.map((r) => r.Deleted ?? r.Untagged ?? '').filter(Boolean);
    });
  }

  private followStream(stream: Stream, onEvent?: (event: PullPushEvent) => void, signal?: AbortSignal) {
    return new Promise<PullPushEvent[]>((resolve, reject) => {
      const events: PullPushEvent[] = [];
      const abort = () => {
        stream.destroy?.();
        reject(new ToolError('CANCELLED', 'The operation was cancelled.'));
      };
      if (signal?.aborted) return abort();
      signal?.addEventListener('abort', abort, { once: true });
      this.docker.modem.followProgress(
        stream,
        (error: Error | null) => {
          signal?.removeEventListener('abort', abort);
          const failed = events.find((e) => e.error);
          if (error) reject(error);
          else if (failed) reject(Object.assign(new Error(failed.error), { statusCode: 500 }));
          else resolve(events);
        },
        (event: PullPushEvent) => {
          events.push(event);
          onEvent?.(event);
        },
      );
    });
  }

  pullImage(
    ref: string,
    options: { auth?: RegistryAuth; platform?: string; onEvent?: (event: PullPushEvent) => void },
    signal?: AbortSignal,
  ) {
    return this.long(
      `Pulling "${ref}"`,
      async (stop) => {
        const stream = (await this.docker.pull(ref, {
          authconfig: options.auth,
          platform: options.platform,
        })) as Stream;
        await this.followStream(stream, options.onEvent, stop);
      },
      signal,
    );
  }

  /**
   * Work that can rightly take minutes (pull, push, export, removing a large image, prune):
   * a ping in the API time, then the whole operation in its own longer time.
   */
  private async long<T>(
    what: string,
    fn: (stop: AbortSignal) => Promise<T>,
    signal?: AbortSignal,
  ): Promise<T> {
    await this.ping(what);
    const expired = new AbortController();
    const stop = signal ? AbortSignal.any([signal, expired.signal]) : expired.signal;
    return this.call(what, () => fn(stop), this.timeouts.longMs, {
      signal,
      onExpire: () => expired.abort(),
    });
  }

  pushImage(
    ref: string,
    options: { auth?: RegistryAuth; onEvent?: (event: PullPushEvent) => void },
    signal?: AbortSignal,
  ) {
    return this.long(
      `Pushing "${ref}"`,
      async (stop) => {
        const stream = (await this.docker.getImage(ref).push({ authconfig: options.auth ?? {} })) as Stream;
        const events = await this.followStream(stream, options.onEvent, stop);
        const digest = events.map((e) => e.aux?.Digest).find((d): d is string => typeof d === 'string');
        return { digest };
      },
      signal,
    );
  }

  async build(options: BuildOptions, onEvent: (event: BuildEvent) => void, signal: AbortSignal) {
    await this.ping('Building an image');
    const expired = new AbortController();
    const stop = AbortSignal.any([signal, expired.signal]);
    return this.call(
      'Building an image',
      () => buildImage(this.docker, options, onEvent, stop),
      this.timeouts.buildMs,
      { onExpire: () => expired.abort() },
    );
  }

  exportImage(ref: string) {
    return this.long(
      `Exporting image "${ref}"`,
      async () => (await this.docker.getImage(ref).get()) as Readable,
    );
  }

  listNetworks(options: { filters?: Filters } = {}) {
    return this.call('Listing networks', async () => {
      const list = await this.docker.listNetworks({ filters: options.filters });
      return list.map(networkFromInspect);
    });
  }

  inspectNetwork(idOrName: string) {
    return this.call(`Network "${idOrName}"`, async () =>
      networkFromInspect(await this.docker.getNetwork(idOrName).inspect()),
    );
  }

  createNetwork(options: {
    name: string;
    driver?: string;
    internal?: boolean;
    attachable?: boolean;
    labels?: Record<string, string>;
    subnet?: string;
  }) {
    return this.call(`Creating network "${options.name}"`, async () => {
      const network = await this.docker.createNetwork({
        Name: options.name,
        Driver: options.driver,
        Internal: options.internal,
        Attachable: options.attachable,
        Labels: options.labels,
        CheckDuplicate: true,
        IPAM: options.subnet ? { Driver: 'default', Config: [{ Subnet: options.subnet }] } : undefined,
      });
      return network.id;
    });
  }

  removeNetwork(idOrName: string) {
    return this.call(`Removing network "${idOrName}"`, async () => {
      await this.docker.getNetwork(idOrName).remove();
    });
  }

  listVolumes(options: { filters?: Filters } = {}) {
    return this.call('Listing volumes', async () => {
      const result = await this.docker.listVolumes({ filters: options.filters });
      return (result.Volumes ?? []).map(volumeFromInspect);
    });
  }

  inspectVolume(name: string) {
    return this.call(`Volume "${name}"`, async () =>
      volumeFromInspect(await this.docker.getVolume(name).inspect()),
    );
  }

  createVolume(options: { name?: string; driver?: string; labels?: Record<string, string> }) {
    return this.call(`Creating volume "${options.name ?? '(anonymous)'}"`, async () => {
      const created = (await this.docker.createVolume({
        Name: options.name ?? '',
        Driver: options.driver ?? 'local',
        Labels: options.labels ?? {},
      })) as unknown as { name?: string; Name?: string };
      const name = created.Name ?? created.name ?? options.name ?? '';
      return volumeFromInspect(await this.docker.getVolume(name).inspect());
    });
  }

  removeVolume(name: string, options: { force?: boolean } = {}) {
    return this.call(`Removing volume "${name}"`, async () => {
      await this.docker.getVolume(name).remove({ force: options.force });
    });
  }

  prune(kind: 'containers' | 'images' | 'networks' | 'volumes', filters?: Filters): Promise<PruneResult> {
    return this.long(`Pruning ${kind}`, async () => {
      const opts = { filters: filters ? JSON.stringify(filters) : undefined };
      switch (kind) {
        case 'containers': {
          const r = await this.docker.pruneContainers(opts);
          return { removed: r.ContainersDeleted ?? [], spaceReclaimed: r.SpaceReclaimed ?? 0 };
        }
        case 'images': {
          const r = await this.docker.pruneImages(opts);
          const removed = (r.ImagesDeleted ?? []).map((i) => i.Deleted ?? i.Untagged ?? '').filter(Boolean);
          return { removed, spaceReclaimed: r.SpaceReclaimed ?? 0 };
        }
        case 'networks': {
          const r = await this.docker.pruneNetworks(opts);
          return { removed: r.NetworksDeleted ?? [], spaceReclaimed: 0 };
        }
        case 'volumes': {
          const r = await this.docker.pruneVolumes(opts);
          return { removed: r.VolumesDeleted ?? [], spaceReclaimed: r.SpaceReclaimed ?? 0 };
        }
      }
    });
  }
}

function statsSnapshot(s: Dockerode.ContainerStats): StatsSnapshot {
  const cpuDelta = s.cpu_stats.cpu_usage.total_usage - (s.precpu_stats?.cpu_usage?.total_usage ?? 0);
  const systemDelta = (s.cpu_stats.system_cpu_usage ?? 0) - (s.precpu_stats?.system_cpu_usage ?? 0);
  const cpus = s.cpu_stats.online_cpus || s.cpu_stats.cpu_usage.percpu_usage?.length || 1;
  const cache = (s.memory_stats.stats as Record<string, number> | undefined)?.inactive_file ?? 0;
  const memoryUsage = Math.max(0, (s.memory_stats.usage ?? 0) - cache);
  const memoryLimit = s.memory_stats.limit ?? 0;
  let networkRx = 0;
  let networkTx = 0;
  for (const n of Object.values(s.networks ?? {})) {
    networkRx += n.rx_bytes;
    networkTx += n.tx_bytes;
  }
  let blockRead = 0;
  let blockWrite = 0;
  for (const entry of s.blkio_stats?.io_service_bytes_recursive ?? []) {
    if (entry.op.toLowerCase() === 'read') blockRead += entry.value;
    if (entry.op.toLowerCase() === 'write') blockWrite += entry.value;
  }
  return {
    cpuPercent:
      systemDelta > 0 && cpuDelta > 0 ? Math.round((cpuDelta / systemDelta) * cpus * 10000) / 100 : 0,
    memoryUsage,
    memoryLimit,
    memoryPercent: memoryLimit ? Math.round((memoryUsage / memoryLimit) * 10000) / 100 : 0,
    networkRx,
    networkTx,
    blockRead,
    blockWrite,
    pids: s.pids_stats?.current ?? 0,
  };
}
