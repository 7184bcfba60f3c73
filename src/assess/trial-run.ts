import { ownLabels } from '../containers/format.js';
import { explainNotReady, waitForContainer } from '../containers/wait.js';
import type { DockerEngine } from '../engine/types.js';

/** Marks the short-lived containers an assessment runs, so that a leak is easy to find. */
export const ASSESS_LABEL = 'dockwright.assess';

export interface TrialRun {
  outcome: 'healthy' | 'unhealthy' | 'exited' | 'timeout' | 'running';
  /** From the create call to the moment the engine reported the outcome. */
  elapsedMs: number;
  /** State, last health output and log tail when it did not become healthy. */
  evidence?: string;
}

/**
 * Runs the image with its own configuration (no ports, mounts or privileges) until its
 * HEALTHCHECK reports healthy or it fails, and always removes the container, also on
 * error or cancellation.
 */
export async function trialRun(
  engine: DockerEngine,
  image: string,
  options: { timeoutMs: number; signal?: AbortSignal; onState?: (state: string) => void },
): Promise<TrialRun> {
  const started = Date.now();
  const id = await engine.createContainer({
    image,
    labels: ownLabels({ [ASSESS_LABEL]: '1' }),
    restartPolicy: { name: 'no' },
  });
  try {
    await engine.startContainer(id);
    const outcome = await waitForContainer(engine, id, options);
    const elapsedMs = Date.now() - started;
    if (outcome.ready) return { outcome: outcome.reason, elapsedMs };
    return { outcome: outcome.reason, elapsedMs, evidence: await explainNotReady(engine, outcome, 5) };
  } finally {
    await engine.removeContainer(id, { force: true }).catch(() => {});
  }
}
