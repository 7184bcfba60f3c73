import type { ServiceState } from './status.js';

export type Readiness = 'ready' | 'completed' | 'waiting' | 'failed';

export interface ServiceReadiness {
  service: string;
  readiness: Readiness;
  /** What the service is doing, in words: "healthy", "starting (health: starting)", "exited with code 1". */
  detail: string;
}

/**
 * Whether a service is ready: every container running, and healthy when it has a health
 * check. A container that exited 0 without a restart policy is a finished one-shot job;
 * one that exited non-zero and will not be restarted has failed.
 */
export function serviceReadiness(service: string, state: ServiceState | undefined): ServiceReadiness {
  const containers = state?.containers ?? [];
  if (containers.length === 0) return { service, readiness: 'waiting', detail: 'no container yet' };
  for (const c of containers) {
    const policy = c.restartPolicy;
    const restarts =
      policy === 'always' || policy === 'unless-stopped' || (policy === 'on-failure' && c.exitCode !== 0);
    if (c.state === 'exited' || c.state === 'dead') {
      if (c.exitCode === 0 && !restarts) continue;
      if (!restarts)
        return {
          service,
          readiness: 'failed',
          detail: `exited with code ${c.exitCode}${c.oomKilled ? ' (out of memory)' : ''}`,
        };
      return {
        service,
        readiness: 'waiting',
        detail: `exited with code ${c.exitCode}, restart policy ${c.restartPolicy}`,
      };
    }
    if (c.state !== 'running') return { service, readiness: 'waiting', detail: c.state };
    if (c.health && c.health !== 'healthy')
      return { service, readiness: 'waiting', detail: `running, ${c.health}` };
  }
  if (containers.every((c) => c.state !== 'running'))
    return { service, readiness: 'completed', detail: 'completed (exit 0)' };
  const healthy = containers.some((c) => c.health === 'healthy');
  return { service, readiness: 'ready', detail: healthy ? 'running, healthy' : 'running' };
}
