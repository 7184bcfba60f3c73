import type { DockerEngine } from '../engine/types.js';
import { fenceUntrusted, tailText } from '../security/untrusted.js';
import { projectStatus } from './status.js';

export interface ServiceLogs {
  service: string;
  container: string;
  /** The log text, secrets masked, fenced as untrusted data. */
  text: string;
  lines: number;
  truncated: boolean;
}

export interface LogRequest {
  projectName: string;
  services?: string[];
  tail: number;
  maxBytesPerContainer?: number;
  sinceSeconds?: number;
}

/** Tails the logs of a project's containers (stdout and stderr interleaved as the engine stores them). */
export async function projectLogs(engine: DockerEngine, request: LogRequest): Promise<ServiceLogs[]> {
  const states = await projectStatus(engine, request.projectName);
  const wanted = request.services?.length
    ? states.filter((s) => request.services?.includes(s.service))
    : states;
  const out: ServiceLogs[] = [];
  for (const state of wanted) {
    for (const container of state.containers) {
      const logs = await engine.containerLogs(container.id, {
        tail: request.tail,
        stdout: true,
        stderr: true,
        ...(request.sinceSeconds ? { since: Math.floor(Date.now() / 1000) - request.sinceSeconds } : {}),
      });
      const combined = [logs.stdout, logs.stderr]
        .filter(Boolean)
        .join(logs.stdout.endsWith('\n') || !logs.stdout ? '' : '\n');
      const tailed = tailText(combined, request.tail, request.maxBytesPerContainer ?? 16_000);
      out.push({
        service: state.service,
        container: container.name,
        text: fenceUntrusted(`logs of ${container.name}`, tailed.text),
        lines: tailed.text ? tailed.text.split('\n').length : 0,
        truncated: tailed.truncated,
      });
    }
  }
  return out;
}
