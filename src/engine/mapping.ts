import type Dockerode from 'dockerode';
import type {
  ContainerDetails,
  ContainerSpec,
  ContainerSummary,
  HealthcheckSpec,
  ImageDetails,
  NetworkSummary,
  PortBinding,
  VolumeSummary,
} from './types.js';

const NS_PER_MS = 1_000_000;

export function healthFromStatus(status: string): string | undefined {
  const match = /\((healthy|unhealthy|health: starting)\)/.exec(status);
  if (!match) return undefined;
  return match[1] === 'health: starting' ? 'starting' : match[1];
}

export function summaryFromList(info: Dockerode.ContainerInfo): ContainerSummary {
  return {
    id: info.Id,
    name: (info.Names?.[0] ?? '').replace(/^\//, ''),
    image: info.Image,
    state: info.State,
    status: info.Status,
    health: healthFromStatus(info.Status ?? ''),
    ports: (info.Ports ?? []).map((p) => ({
      containerPort: p.PrivatePort,
      protocol: p.Type as PortBinding['protocol'],
      hostIp: p.IP,
      hostPort: p.PublicPort,
    })),
    labels: info.Labels ?? {},
    created: info.Created,
  };
}

function portsFromInspect(ports: Record<string, { HostIp: string; HostPort: string }[] | null> | undefined) {
  const result: PortBinding[] = [];
  for (const [key, bindings] of Object.entries(ports ?? {})) {
    const [port, protocol] = key.split('/');
    const base = { containerPort: Number(port), protocol: (protocol ?? 'tcp') as PortBinding['protocol'] };
    if (!bindings?.length) result.push(base);
    for (const b of bindings ?? []) result.push({ ...base, hostIp: b.HostIp, hostPort: Number(b.HostPort) });
  }
  return result;
}

function healthcheckFromConfig(hc: Dockerode.HealthConfig | undefined): HealthcheckSpec | undefined {
  if (!hc?.Test?.length || hc.Test[0] === 'NONE') return undefined;
  return {
    test: hc.Test,
    intervalMs: hc.Interval ? hc.Interval / NS_PER_MS : undefined,
    timeoutMs: hc.Timeout ? hc.Timeout / NS_PER_MS : undefined,
    retries: hc.Retries,
    startPeriodMs: hc.StartPeriod ? hc.StartPeriod / NS_PER_MS : undefined,
  };
}

const asArray = (value: string | string[] | null | undefined): string[] =>
  value == null ? [] : Array.isArray(value) ? value : [value];

export function detailsFromInspect(info: Dockerode.ContainerInspectInfo): ContainerDetails {
  const health = (info.State as { Health?: { Status: string; FailingStreak: number; Log?: unknown[] } })
    .Health;
  return {
    id: info.Id,
    name: info.Name.replace(/^\//, ''),
    image: info.Config.Image,
    imageId: info.Image,
    created: info.Created,
    state: {
      status: info.State.Status,
      running: info.State.Running,
      exitCode: info.State.ExitCode,
      oomKilled: info.State.OOMKilled,
      error: info.State.Error || undefined,
      startedAt: info.State.StartedAt,
      finishedAt: info.State.FinishedAt,
      health: health && {
        status: health.Status,
        failingStreak: health.FailingStreak,
        log: ((health.Log ?? []) as { Start: string; End: string; ExitCode: number; Output: string }[]).map(
          (l) => ({
            start: l.Start,
            end: l.End,
            exitCode: l.ExitCode,
            output: l.Output,
          }),
        ),
      },
    },
    restartCount: info.RestartCount,
    restartPolicy: info.HostConfig.RestartPolicy?.Name || undefined,
    command: asArray(info.Config.Cmd),
    entrypoint: asArray(info.Config.Entrypoint as string | string[] | undefined),
    user: info.Config.User || undefined,
    workingDir: info.Config.WorkingDir || undefined,
    env: info.Config.Env ?? [],
    labels: info.Config.Labels ?? {},
    ports: portsFromInspect(info.NetworkSettings.Ports as never),
    mounts: (info.Mounts ?? []).map((m) => ({
      type: m.Type as 'bind' | 'volume' | 'tmpfs',
      source: m.Type === 'volume' ? (m.Name ?? m.Source) : m.Source,
      target: m.Destination,
      readOnly: !m.RW,
    })),
    networks: Object.keys(info.NetworkSettings.Networks ?? {}),
    memoryLimit: info.HostConfig.Memory || undefined,
    nanoCpus: info.HostConfig.NanoCpus || undefined,
    privileged: Boolean(info.HostConfig.Privileged),
  };
}

export function createOptionsFromSpec(spec: ContainerSpec): Dockerode.ContainerCreateOptions {
  const exposed: Record<string, object> = {};
  const bindings: Record<string, { HostIp?: string; HostPort?: string }[]> = {};
  for (const port of spec.ports ?? []) {
    const key = `${port.containerPort}/${port.protocol}`;
    exposed[key] = {};
    if (port.hostPort !== undefined || port.hostIp) {
      const binding = { HostIp: port.hostIp, HostPort: port.hostPort ? String(port.hostPort) : '' };
      bindings[key] = [...(bindings[key] ?? []), binding];
    }
  }
  const hc = spec.healthcheck;
  return {
    Image: spec.image,
    name: spec.name,
    Cmd: spec.command,
    Entrypoint: spec.entrypoint,
    Env: spec.env ? Object.entries(spec.env).map(([k, v]) => `${k}=${v}`) : undefined,
    User: spec.user,
    WorkingDir: spec.workingDir,
    Labels: spec.labels,
    ExposedPorts: exposed,
    Healthcheck: hc && {
      Test: hc.test,
      Interval: hc.intervalMs ? hc.intervalMs * NS_PER_MS : undefined,
      Timeout: hc.timeoutMs ? hc.timeoutMs * NS_PER_MS : undefined,
      Retries: hc.retries,
      StartPeriod: hc.startPeriodMs ? hc.startPeriodMs * NS_PER_MS : undefined,
    },
    HostConfig: {
      PortBindings: bindings,
      Mounts: spec.mounts?.map((m) => ({
        Type: m.type,
        Source: m.source ?? '',
        Target: m.target,
        ReadOnly: m.readOnly,
      })),
      NetworkMode: spec.networkMode,
      PidMode: spec.pidMode,
      Privileged: spec.privileged,
      CapAdd: spec.capAdd,
      Memory: spec.memoryBytes,
      NanoCpus: spec.nanoCpus,
      RestartPolicy: spec.restartPolicy && {
        Name: spec.restartPolicy.name,
        MaximumRetryCount: spec.restartPolicy.maximumRetryCount,
      },
      ReadonlyRootfs: spec.readOnlyRootfs,
      AutoRemove: spec.autoRemove,
    },
  };
}

export function imageFromInspect(info: Dockerode.ImageInspectInfo): ImageDetails {
  const config = info.Config;
  return {
    id: info.Id,
    tags: info.RepoTags ?? [],
    digests: info.RepoDigests ?? [],
    created: info.Created,
    size: info.Size,
    architecture: info.Architecture,
    os: info.Os,
    config: {
      user: config.User || undefined,
      env: config.Env ?? [],
      cmd: config.Cmd ? asArray(config.Cmd) : undefined,
      entrypoint: config.Entrypoint ? asArray(config.Entrypoint as string | string[]) : undefined,
      workingDir: config.WorkingDir || undefined,
      exposedPorts: Object.keys(config.ExposedPorts ?? {}),
      labels: config.Labels ?? {},
      healthcheck: healthcheckFromConfig(config.Healthcheck),
      stopSignal: (config as { StopSignal?: string }).StopSignal,
      volumes: Object.keys(config.Volumes ?? {}),
    },
    layers: info.RootFS?.Layers ?? [],
  };
}

export function networkFromInspect(n: Dockerode.NetworkInspectInfo): NetworkSummary {
  return {
    id: n.Id,
    name: n.Name,
    driver: n.Driver,
    scope: n.Scope,
    internal: n.Internal,
    attachable: n.Attachable,
    labels: n.Labels ?? {},
    created: n.Created,
    subnets: (n.IPAM?.Config ?? []).map((c) => c.Subnet).filter((s): s is string => Boolean(s)),
    containers: Object.entries(n.Containers ?? {}).map(([id, c]) => ({
      id,
      name: c.Name,
      ipv4: c.IPv4Address || undefined,
    })),
  };
}

export function volumeFromInspect(v: Dockerode.VolumeInspectInfo & { CreatedAt?: string }): VolumeSummary {
  return {
    name: v.Name,
    driver: v.Driver,
    mountpoint: v.Mountpoint,
    labels: v.Labels ?? {},
    created: v.CreatedAt,
    scope: v.Scope ?? 'local',
    ...(v.Options ? { options: v.Options } : {}),
  };
}
