import type { ContainerDetails, DockerEngine, PortBinding } from '../engine/types.js';

export const PROJECT_LABEL = 'com.docker.compose.project';
export const SERVICE_LABEL = 'com.docker.compose.service';
const ONEOFF_LABEL = 'com.docker.compose.oneoff';

/** One container of a service, as the engine reports it (whichever Compose CLI made it). */
export interface ContainerState {
  id: string;
  name: string;
  service: string;
  state: string;
  health?: string;
  exitCode?: number;
  restarts: number;
  restartPolicy?: string;
  ports: string[];
  memoryLimitBytes?: number;
  cpus?: number;
  oomKilled?: boolean;
  /** Output of the most recent health probe, cut to 500 characters. */
  lastHealthOutput?: string;
}

export interface ServiceState {
  service: string;
  containers: ContainerState[];
}

function formatPort(port: PortBinding): string {
  const inside = `${port.containerPort}/${port.protocol}`;
  return port.hostPort ? `${port.hostIp ?? '0.0.0.0'}:${port.hostPort}->${inside}` : inside;
}

function toContainerState(details: ContainerDetails, service: string): ContainerState {
  const health = details.state.health;
  const lastProbe = health?.log[health.log.length - 1];
  return {
    id: details.id.slice(0, 12),
    name: details.name.replace(/^\//, ''),
    service,
    state: details.state.status,
    ...(health ? { health: health.status } : {}),
    ...(!details.state.running ? { exitCode: details.state.exitCode } : {}),
    restarts: details.restartCount,
    ...(details.restartPolicy ? { restartPolicy: details.restartPolicy } : {}),
    ports: [...new Set(details.ports.map(formatPort))],
    ...(details.memoryLimit ? { memoryLimitBytes: details.memoryLimit } : {}),
    ...(details.nanoCpus ? { cpus: details.nanoCpus / 1e9 } : {}),
    ...(details.state.oomKilled ? { oomKilled: true } : {}),
    ...(lastProbe ? { lastHealthOutput: lastProbe.output.trim().slice(-500) } : {}),
  };
}

/** Every container of a project, grouped by service, found by Compose's project label. */
export async function projectStatus(engine: DockerEngine, projectName: string): Promise<ServiceState[]> {
  const summaries = await engine.listContainers({
    all: true,
    filters: { label: [`${PROJECT_LABEL}=${projectName}`] },
  });
  const wanted = summaries.filter((c) => c.labels[ONEOFF_LABEL] !== 'True');
  const details = await Promise.all(
    wanted.map(async (summary) => {
      try {
        return toContainerState(
          await engine.inspectContainer(summary.id),
          summary.labels[SERVICE_LABEL] ?? '',
        );
      } catch {
        return undefined; // removed between list and inspect
      }
    }),
  );
  const byService = new Map<string, ContainerState[]>();
  for (const container of details) {
    if (!container) continue;
    byService.set(container.service, [...(byService.get(container.service) ?? []), container]);
  }
  return [...byService.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([service, containers]) => ({
      service,
      containers: containers.sort((a, b) => a.name.localeCompare(b.name)),
    }));
}
