import type { ContainerDetails, DockerEngine } from '../engine/types.js';
import { ToolError } from '../errors.js';
import { fenceUntrusted } from '../security/untrusted.js';
import { type CheckResult, runHealthCheck } from './health-check.js';
import { readContainerLog } from './logs.js';

export interface WaitOutcome {
  ready: boolean;
  reason: 'healthy' | 'running' | 'exited' | 'unhealthy' | 'timeout';
  details: ContainerDetails;
  waitedMs: number;
  /** The last run of the container's check by waitForContainer, when it ran one. */
  lastCheck?: CheckResult;
}

/** A pause that ends early, without an error, when the signal aborts. */
export const sleep = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve) => {
    const onAbort = () => {
      clearTimeout(timer);
      resolve();
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });

/**
 * The pause before the next poll: short at first, so a quick start is seen when it happens,
 * growing to `capMs` so a slow one is not polled needlessly often.
 */
export const pollDelay = (attempt: number, capMs: number) => Math.min(25 * 2 ** attempt, capMs);

/** How long a container without a health check must stay up: most crashes at start-up show by then. */
export const START_GRACE_MS = 2000;

export interface WaitOptions {
  timeoutMs: number;
  signal?: AbortSignal;
  onState?: (state: string) => void;
  /** The container's health check, run right away rather than after the engine's first interval. */
  check?: { command: string[]; timeoutMs: number };
  /** Without a health check: how long it must stay up to count as running (a crash shows by then). */
  graceMs?: number;
}

/**
 * Polls until the container is healthy (its check passes, run by us or by the engine), or,
 * with no check, has stayed running for the grace period; or until it exits, restarts,
 * turns unhealthy, or the timeout passes.
 */
export async function waitForContainer(
  engine: DockerEngine,
  id: string,
  options: WaitOptions,
): Promise<WaitOutcome> {
  const started = Date.now();
  let lastState = '';
  let lastCheck: CheckResult | undefined;
  for (let attempt = 0; ; attempt++) {
    if (options.signal?.aborted)
      throw new ToolError('CANCELLED', `Waiting for container ${id} was cancelled.`);
    const details = await engine.inspectContainer(id);
    const health = details.state.health?.status;
    const state = health ? `${details.state.status}/${health}` : details.state.status;
    if (state !== lastState) options.onState?.(state);
    lastState = state;
    const waitedMs = Date.now() - started;
    const stopped = !details.state.running && !['created', 'restarting'].includes(details.state.status);
    if (stopped || details.restartCount > 0) return { ready: false, reason: 'exited', details, waitedMs };
    if (health === 'healthy') return { ready: true, reason: 'healthy', details, waitedMs };
    if (health === 'unhealthy') return { ready: false, reason: 'unhealthy', details, waitedMs, lastCheck };
    if (options.check && details.state.running) {
      lastCheck = await runHealthCheck(engine, id, options.check, options.signal).catch(() => lastCheck);
      if (lastCheck?.passed)
        return { ready: true, reason: 'healthy', details, waitedMs: Date.now() - started };
    } else if (!health && details.state.running && waitedMs >= (options.graceMs ?? 0)) {
      return { ready: true, reason: 'running', details, waitedMs };
    }
    if (waitedMs > options.timeoutMs)
      return { ready: false, reason: 'timeout', details, waitedMs, lastCheck };
    await sleep(pollDelay(attempt, options.check ? 250 : 100), options.signal);
  }
}

/** The evidence for why a container is not ready: state, last health output, log tail. */
export async function explainNotReady(
  engine: DockerEngine,
  outcome: WaitOutcome,
  logLines = 20,
): Promise<string> {
  const { details } = outcome;
  const parts = [
    `state ${details.state.status}, exit code ${details.state.exitCode}${details.state.oomKilled ? ' (OOM killed)' : ''}`,
  ];
  const lastCheck = details.state.health?.log.at(-1) ?? outcome.lastCheck;
  if (lastCheck) {
    parts.push(
      `last health check exit ${lastCheck.exitCode}: ${fenceUntrusted('health output', lastCheck.output.trim())}`,
    );
  }
  const logs = await readContainerLog(engine, details.id, { tail: logLines, label: 'logs' }).catch(
    () => undefined,
  );
  if (logs?.lines) parts.push(`last log lines: ${logs.text}`);
  return parts.join('\n');
}
