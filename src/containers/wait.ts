import type { ContainerDetails, DockerEngine } from '../engine/types.js';
import { ToolError } from '../errors.js';
import { fenceUntrusted } from '../security/untrusted.js';
import { readContainerLog } from './logs.js';

export interface WaitOutcome {
  ready: boolean;
  reason: 'healthy' | 'running' | 'exited' | 'unhealthy' | 'timeout';
  details: ContainerDetails;
  waitedMs: number;
}

const sleep = (ms: number, signal?: AbortSignal) =>
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
 * Polls until the container is healthy (or just running when it has no healthcheck),
 * exits, turns unhealthy, or the timeout passes.
 */
export async function waitForContainer(
  engine: DockerEngine,
  id: string,
  options: { timeoutMs: number; signal?: AbortSignal; onState?: (state: string) => void },
): Promise<WaitOutcome> {
  const started = Date.now();
  let lastState = '';
  for (;;) {
    if (options.signal?.aborted)
      throw new ToolError('CANCELLED', `Waiting for container ${id} was cancelled.`);
    const details = await engine.inspectContainer(id);
    const health = details.state.health?.status;
    const state = health ? `${details.state.status}/${health}` : details.state.status;
    if (state !== lastState) options.onState?.(state);
    lastState = state;
    const waitedMs = Date.now() - started;
    if (
      !details.state.running &&
      details.state.status !== 'created' &&
      details.state.status !== 'restarting'
    ) {
      return { ready: false, reason: 'exited', details, waitedMs };
    }
    if (health === 'healthy') return { ready: true, reason: 'healthy', details, waitedMs };
    if (health === 'unhealthy') return { ready: false, reason: 'unhealthy', details, waitedMs };
    if (!health && details.state.running) return { ready: true, reason: 'running', details, waitedMs };
    if (waitedMs > options.timeoutMs) return { ready: false, reason: 'timeout', details, waitedMs };
    await sleep(health ? 200 : 100, options.signal);
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
  const lastCheck = details.state.health?.log.at(-1);
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
