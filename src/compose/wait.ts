import { setTimeout as sleep } from 'node:timers/promises';
import { START_GRACE_MS } from '../containers/wait.js';
import type { DockerEngine } from '../engine/types.js';
import { type ServiceReadiness, serviceReadiness } from './readiness.js';
import { projectStatus, type ServiceState } from './status.js';

export interface WaitOptions {
  projectName: string;
  services: string[];
  timeoutMs: number;
  pollMs?: number;
  signal?: AbortSignal;
  /**
   * How long a container without a health check must stay up before it counts as ready, so
   * that one crashing at start is reported as failed, not as running (default as container_run; none when
   * the wait has no time at all).
   */
  graceMs?: number;
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
  const graceMs = options.graceMs ?? (options.timeoutMs > 0 ? START_GRACE_MS : 0);
  const firstSeenRunning = new Map<string, number>();
  for (;;) {
    const states = await projectStatus(engine, options.projectName);
    const readiness = options.services.map((service) => {
      const state = states.find((s) => s.service === service);
      return watchedReadiness(serviceReadiness(service, state), state, firstSeenRunning, graceMs);
    });
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

/**
 * A service that is "running" only because it has no health check stays waiting until each
 * such container has been seen running for the grace period: an app that crashes at start
 * must not be reported as up.
 */
function watchedReadiness(
  readiness: ServiceReadiness,
  state: ServiceState | undefined,
  firstSeenRunning: Map<string, number>,
  graceMs: number,
): ServiceReadiness {
  const now = Date.now();
  const unchecked = (state?.containers ?? []).filter((c) => c.state === 'running' && !c.health);
  for (const c of unchecked) if (!firstSeenRunning.has(c.id)) firstSeenRunning.set(c.id, now);
  if (readiness.readiness !== 'ready' || graceMs <= 0) return readiness;
  const young = unchecked.some((c) => now - (firstSeenRunning.get(c.id) ?? now) < graceMs);
  return young
    ? { ...readiness, readiness: 'waiting', detail: `running, watched ${graceMs / 1000} s for an early exit` }
    : readiness;
}
