import { setTimeout as sleep } from 'node:timers/promises';
import type { DockerEngine } from '../engine/types.js';
import { type ServiceReadiness, serviceReadiness } from './readiness.js';
import { projectStatus, type ServiceState } from './status.js';

export interface WaitOptions {
  projectName: string;
  services: string[];
  timeoutMs: number;
  pollMs?: number;
  signal?: AbortSignal;
  /** Called when a service's readiness or detail changes. */
  onChange?: (change: ServiceReadiness, readyCount: number, total: number) => void;
}

export interface WaitOutcome {
  outcome: 'ready' | 'failed' | 'timeout' | 'cancelled';
  readiness: ServiceReadiness[];
  states: ServiceState[];
  elapsedMs: number;
}

const isDone = (r: ServiceReadiness) => r.readiness === 'ready' || r.readiness === 'completed';

/**
 * Polls the engine until every listed service is ready (running, and healthy when it has a
 * health check), one fails for good, the timeout passes, or the signal aborts.
 */
export async function waitForServices(engine: DockerEngine, options: WaitOptions): Promise<WaitOutcome> {
  const started = Date.now();
  const pollMs = options.pollMs ?? 250;
  const last = new Map<string, string>();
  for (;;) {
    const states = await projectStatus(engine, options.projectName);
    const readiness = options.services.map((service) =>
      serviceReadiness(
        service,
        states.find((s) => s.service === service),
      ),
    );
    const readyCount = readiness.filter(isDone).length;
    for (const change of readiness) {
      const key = `${change.readiness}:${change.detail}`;
      if (last.get(change.service) !== key) options.onChange?.(change, readyCount, readiness.length);
      last.set(change.service, key);
    }
    const elapsedMs = Date.now() - started;
    if (readiness.some((r) => r.readiness === 'failed'))
      return { outcome: 'failed', readiness, states, elapsedMs };
    if (readyCount === readiness.length) return { outcome: 'ready', readiness, states, elapsedMs };
    if (options.signal?.aborted) return { outcome: 'cancelled', readiness, states, elapsedMs };
    if (elapsedMs >= options.timeoutMs) return { outcome: 'timeout', readiness, states, elapsedMs };
    try {
      await sleep(Math.min(pollMs, options.timeoutMs - elapsedMs + 1), undefined, { signal: options.signal });
    } catch {
      // aborted: the next round reports cancellation with fresh states
    }
  }
}
