import type { DockerEngine } from '../../src/engine/index.js';
import type { AppCheck } from './corpus.js';

export interface CheckOutcome {
  passed: boolean;
  /** What failed, or empty. */
  reason: string;
  /** From container start to every check passing. */
  passMs?: number;
  /** From container start to the engine reporting healthy, when the image has a healthcheck. */
  healthyMs?: number;
  /** Expected texts that never appeared. */
  missing: string[];
}

const asList = (value: string | string[] | undefined) =>
  value === undefined ? [] : Array.isArray(value) ? value : [value];

interface Probe {
  output(): Promise<string>;
  http(port: number, path: string): Promise<{ status: number; body: string } | undefined>;
}

/** The checks not yet satisfied, each as the text that is still missing. */
async function pending(checks: AppCheck[], probe: Probe, port: number | undefined): Promise<string[]> {
  const missing: string[] = [];
  const output = await probe.output();
  for (const check of checks) {
    for (const text of asList(check.expectedOutput)) if (!output.includes(text)) missing.push(text);
    if (!check.httpCheck) continue;
    const { path, expected } = check.httpCheck;
    const response = port === undefined ? undefined : await probe.http(port, path);
    if (!response) {
      missing.push(`GET ${path}: no answer${port === undefined ? ' (the image exposes no port)' : ''}`);
      continue;
    }
    if (response.status !== expected)
      missing.push(`GET ${path}: status ${response.status}, expected ${expected}`);
    for (const text of asList(check.httpCheck.expectedOutput))
      if (!response.body.includes(text)) missing.push(`GET ${path}: body lacks "${text}"`);
  }
  return missing;
}

async function httpGet(port: number, path: string) {
  try {
    const response = await fetch(`http://127.0.0.1:${port}${path}`, {
      signal: AbortSignal.timeout(3000),
      redirect: 'manual',
    });
    return { status: response.status, body: await response.text() };
  } catch {
    return undefined;
  }
}

/** When the image has a healthcheck, how long after start the engine reports healthy (waiting up to 15 s more). */
async function untilHealthy(engine: DockerEngine, id: string, started: number): Promise<number | undefined> {
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline) {
    const state = (await engine.inspectContainer(id)).state;
    if (!state.health || !state.running) return undefined;
    if (state.health.status === 'healthy') return Date.now() - started;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return undefined;
}

/**
 * Runs the image with the checks' environment, publishes its port on loopback, and polls
 * until every check passes, the container exits, or the time is up.
 */
export async function runChecks(
  engine: DockerEngine,
  options: {
    image: string;
    port?: number;
    checks: AppCheck[];
    labels: Record<string, string>;
    timeoutMs: number;
  },
): Promise<CheckOutcome> {
  const env = Object.assign({}, ...options.checks.map((check) => check.envs ?? {})) as Record<string, string>;
  const id = await engine.createContainer({
    image: options.image,
    env,
    labels: options.labels,
    ports: options.port ? [{ containerPort: options.port, protocol: 'tcp', hostIp: '127.0.0.1' }] : [],
    memoryBytes: 1024 * 1024 * 1024,
  });
  try {
    const started = Date.now();
    await engine.startContainer(id);
    const details = await engine.inspectContainer(id);
    const hostPort = details.ports.find((p) => p.containerPort === options.port)?.hostPort;
    const probe: Probe = {
      output: async () => {
        const logs = await engine.containerLogs(id, { tail: 2000 });
        return `${logs.stdout}\n${logs.stderr}`;
      },
      http: httpGet,
    };
    let healthyMs: number | undefined;
    let missing: string[] = [];
    for (;;) {
      const state = (await engine.inspectContainer(id)).state;
      if (healthyMs === undefined && state.health?.status === 'healthy') healthyMs = Date.now() - started;
      missing = await pending(options.checks, probe, hostPort);
      if (missing.length === 0) {
        const passMs = Date.now() - started;
        healthyMs ??= await untilHealthy(engine, id, started);
        return { passed: true, reason: '', passMs, healthyMs, missing };
      }
      if (!state.running) {
        const tail = (await probe.output()).trim().split('\n').slice(-3).join(' | ').slice(0, 300);
        return { passed: false, reason: `exited ${state.exitCode}: ${tail}`, healthyMs, missing };
      }
      if (Date.now() - started > options.timeoutMs) {
        return {
          passed: false,
          reason: `checks not met in ${options.timeoutMs / 1000} s`,
          healthyMs,
          missing,
        };
      }
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  } finally {
    await engine.removeContainer(id, { force: true }).catch(() => undefined);
  }
}
