import { containerHealthCheck } from '../containers/health-check.js';
import {
  explainNotReady,
  pollDelay,
  START_GRACE_MS,
  sleep,
  type WaitOutcome,
  waitForContainer,
} from '../containers/wait.js';
import type { DockerEngine } from '../engine/types.js';
import { ToolError } from '../errors.js';
import type { Verification } from './model.js';

export interface VerifyTarget {
  id: string;
  image: string;
  /** The loopback port the app's port is published on, if it has one. */
  hostPort?: number;
  healthRoute: string;
  timeoutMs: number;
  signal: AbortSignal;
}

/** Whether the app answers on its published loopback port with anything but a server error. */
async function answers(hostPort: number, route: string): Promise<number | undefined> {
  try {
    const response = await fetch(`http://127.0.0.1:${hostPort}${route}`, {
      signal: AbortSignal.timeout(2000),
      redirect: 'manual',
    });
    await response.body?.cancel();
    return response.status;
  } catch {
    return undefined;
  }
}

/** Polls the route until it answers below 500, the container stops, or the time is up. */
async function probeHttp(
  engine: DockerEngine,
  target: VerifyTarget & { hostPort: number },
): Promise<WaitOutcome> {
  const started = Date.now();
  for (let attempt = 0; ; attempt++) {
    if (target.signal.aborted) throw new ToolError('CANCELLED', 'Verification was cancelled.');
    const status = await answers(target.hostPort, target.healthRoute);
    const details = await engine.inspectContainer(target.id);
    const waitedMs = Date.now() - started;
    if (status !== undefined && status < 500) return { ready: true, reason: 'healthy', details, waitedMs };
    if (!details.state.running) return { ready: false, reason: 'exited', details, waitedMs };
    if (waitedMs > target.timeoutMs) return { ready: false, reason: 'timeout', details, waitedMs };
    await sleep(pollDelay(attempt, 200), target.signal);
  }
}

/**
 * Verifies a started container: its image's HEALTHCHECK run right away, else an HTTP probe on
 * the published port and health route, else a one-shot app's exit code (0 passes) or a worker
 * that stays up for the grace period.
 */
export async function verifyContainer(engine: DockerEngine, target: VerifyTarget): Promise<Verification> {
  const check = await containerHealthCheck(engine, target.image);
  const method: Verification['method'] = check ? 'healthcheck' : target.hostPort ? 'http' : 'exit';
  const outcome =
    method === 'http'
      ? await probeHttp(engine, { ...target, hostPort: target.hostPort as number })
      : await waitForContainer(engine, target.id, {
          timeoutMs: target.timeoutMs,
          signal: target.signal,
          check,
          graceMs: START_GRACE_MS,
        });
  const exitCode = outcome.details.state.running ? undefined : outcome.details.state.exitCode;
  if (method === 'exit' && outcome.reason === 'exited' && exitCode === 0)
    return { method, passed: true, detail: 'exited 0', healthyMs: outcome.waitedMs, exitCode };
  if (outcome.ready) {
    const detail =
      method === 'healthcheck'
        ? 'HEALTHCHECK passed'
        : method === 'http'
          ? `GET ${target.healthRoute} answered`
          : `still running after ${START_GRACE_MS / 1000} s`;
    return {
      method: outcome.reason === 'running' ? 'running' : method,
      passed: true,
      detail,
      healthyMs: outcome.waitedMs,
    };
  }
  return {
    method,
    passed: false,
    detail: `${outcome.reason} after ${outcome.waitedMs} ms${exitCode === undefined ? '' : ` (exit code ${exitCode})`}`,
    exitCode,
    evidence: await explainNotReady(engine, outcome, 10),
  };
}
