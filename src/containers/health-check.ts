import type { DockerEngine, HealthcheckSpec } from '../engine/types.js';

/** The command a HEALTHCHECK test runs, or undefined for none (`NONE`, or inherited and absent). */
export function healthCheckCommand(test: string[] | undefined): string[] | undefined {
  const [kind, ...rest] = test ?? [];
  if (kind === 'CMD' && rest.length) return rest;
  if (kind === 'CMD-SHELL' && rest.length) return ['/bin/sh', '-c', rest.join(' ')];
  return undefined;
}

/** The check a container from `image` runs: the one given at run time, else the image's own. */
export async function containerHealthCheck(
  engine: DockerEngine,
  image: string,
  override?: HealthcheckSpec,
): Promise<{ command: string[]; timeoutMs: number } | undefined> {
  const spec = override ?? (await engine.inspectImage(image)).config.healthcheck;
  const command = healthCheckCommand(spec?.test);
  return command && { command, timeoutMs: Math.min(spec?.timeoutMs || 5000, 30_000) };
}

export interface CheckResult {
  passed: boolean;
  exitCode: number;
  output: string;
}

/** Runs the check in the container now, rather than after the engine's first interval. */
export async function runHealthCheck(
  engine: DockerEngine,
  id: string,
  check: { command: string[]; timeoutMs: number },
  signal?: AbortSignal,
): Promise<CheckResult> {
  const result = await engine.exec(
    id,
    { cmd: check.command, timeoutMs: check.timeoutMs, maxBytes: 4000 },
    signal,
  );
  const output = `${result.stdout}${result.stderr}`.trim();
  return { passed: result.exitCode === 0 && !result.timedOut, exitCode: result.exitCode, output };
}
