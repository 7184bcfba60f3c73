import type { Healthcheck } from '../compose/model.js';
import { durationSeconds } from './quantities.js';

type Probe = Record<string, unknown>;

/** The command a Compose/Docker healthcheck runs, as an exec probe's command. */
function probeCommand(test: string[] | undefined): string[] | undefined {
  if (!test?.length) return undefined;
  const [kind, ...rest] = test;
  if (kind === 'CMD') return rest.length ? rest : undefined;
  if (kind === 'CMD-SHELL') return rest.length ? ['/bin/sh', '-c', rest.join(' ')] : undefined;
  if (kind === 'NONE') return undefined;
  return ['/bin/sh', '-c', test.join(' ')];
}

/**
 * Readiness, liveness and (with a start period) startup probes from a healthcheck, with
 * Docker's defaults where it leaves a field out (30 s interval and timeout, 3 retries).
 */
export function probesFrom(check: Healthcheck | undefined): Record<string, Probe> {
  if (!check || check.disable) return {};
  const command = probeCommand(check.test);
  if (!command) return {};
  const period = durationSeconds(check.interval) ?? 30;
  const probe = {
    exec: { command },
    periodSeconds: period,
    timeoutSeconds: durationSeconds(check.timeout) ?? 30,
    failureThreshold: check.retries ?? 3,
  };
  const probes: Record<string, Probe> = { readinessProbe: probe, livenessProbe: probe };
  const startPeriod = durationSeconds(check.start_period);
  if (startPeriod) {
    const startEvery = Math.min(period, durationSeconds(check.start_interval) ?? 2);
    probes.startupProbe = {
      ...probe,
      periodSeconds: startEvery,
      failureThreshold: Math.ceil(startPeriod / startEvery) + (check.retries ?? 3),
    };
  }
  return probes;
}
