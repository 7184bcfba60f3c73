import { detectComposeCli, runCompose } from '../exec/compose.js';
import { maskSecretsInText } from '../security/secrets.js';
import { tailText } from '../security/untrusted.js';
import type { LoadOptions } from './load.js';
import { loadValidProject, type OrchestrationDeps, withCheckedTarget } from './orchestration.js';
import { type WaitOutcome, waitForServices } from './wait.js';

export interface RestartOptions extends LoadOptions {
  services?: string[];
  timeoutMs: number;
  stopTimeoutSeconds?: number;
}

export interface ComposeRestartResult {
  project: string;
  ok: boolean;
  outcome: WaitOutcome['outcome'] | 'cli_failed';
  readiness: WaitOutcome['readiness'];
  elapsedMs: number;
  cliOutput?: string;
}

/** `restart` through the CLI, then the same wait as `up`: running, and healthy where checked. */
export async function composeRestart(
  deps: OrchestrationDeps,
  options: RestartOptions,
): Promise<ComposeRestartResult> {
  const started = Date.now();
  const project = await loadValidProject(options);
  // The Compose CLI waits 60 s on a stalled engine: a ping first fails in the engine's API time.
  await deps.engine.ping(`Restarting Compose project "${project.name}"`);
  const cli = deps.cli ?? (await detectComposeCli(deps.prefer));
  const run = await withCheckedTarget(project, options, (target) =>
    runCompose(
      cli,
      target,
      { name: 'restart', services: options.services, timeoutSeconds: options.stopTimeoutSeconds },
      {
        signal: deps.signal,
        timeoutMs: Math.max(options.timeoutMs, 120_000),
        onLine: (line) => deps.onCliLine?.(line),
      },
    ),
  );
  const services = options.services?.length ? options.services : Object.keys(project.model.services);
  if (run.exitCode !== 0) {
    const cliOutput = maskSecretsInText(tailText(run.stderr || run.stdout, 20, 4000).text);
    return {
      project: project.name,
      ok: false,
      outcome: 'cli_failed',
      readiness: [],
      elapsedMs: Date.now() - started,
      cliOutput,
    };
  }
  const wait = await waitForServices(deps.engine, {
    projectName: project.name,
    services,
    timeoutMs: Math.max(0, options.timeoutMs - (Date.now() - started)),
    signal: deps.signal,
    onChange: deps.onProgress,
  });
  return {
    project: project.name,
    ok: wait.outcome === 'ready',
    outcome: wait.outcome,
    readiness: wait.readiness,
    elapsedMs: Date.now() - started,
  };
}
