import { type ContainerLog, readContainerLog } from '../containers/logs.js';
import type { DockerEngine } from '../engine/types.js';
import { projectStatus } from './status.js';

export interface ServiceLogs extends ContainerLog {
  service: string;
  container: string;
}

export interface LogRequest {
  projectName: string;
  services?: string[];
  tail: number;
  sinceSeconds?: number;
}

/** Tails the logs of a project's containers (stdout and stderr interleaved by timestamp). */
export async function projectLogs(engine: DockerEngine, request: LogRequest): Promise<ServiceLogs[]> {
  const states = await projectStatus(engine, request.projectName);
  const wanted = request.services?.length
    ? states.filter((s) => request.services?.includes(s.service))
    : states;
  const out: ServiceLogs[] = [];
  for (const state of wanted) {
    for (const container of state.containers) {
      const log = await readContainerLog(engine, container.id, {
        tail: request.tail,
        sinceSeconds: request.sinceSeconds,
        label: `logs of ${container.name}`,
      });
      out.push({ service: state.service, container: container.name, ...log });
    }
  }
  return out;
}
