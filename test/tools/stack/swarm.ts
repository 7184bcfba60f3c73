import { existsSync } from 'node:fs';
import { connectEngine, type DockerEngine } from '../../../src/engine/index.js';
import { runProcess } from '../../../src/exec/process.js';
import { REPO_ROOT } from '../../helpers/mcp.js';
import { takePidLock, withPidLock } from '../../helpers/pid-lock.js';

// Machine-wide (not in a run's temp folder): every test run shares the one test swarm.
const LOCK = '/tmp/dockwright-test-swarm.lock';
const SCRIPT = `${REPO_ROOT}/scripts/swarm-nodes.sh`;
/** Where `swarm-nodes.sh solo-up` keeps the test swarm's engine. */
const SOLO_DIR = '/run/dwsolo';

/** The one-node Swarm a test runs on: its engine's address and a client for it. */
export interface TestSwarm {
  host: string;
  engine: DockerEngine;
}

/**
 * Runs `body` on a one-node Swarm of its own (`scripts/swarm-nodes.sh solo-up`), never on
 * the engine the other tests share: leaving a swarm disconnects every container on an
 * attachable network, which Compose v1 makes while the engine is in a swarm, so another
 * test's Compose stack lost its ports whenever a swarm test ended beside it. While `body`
 * runs, DOCKER_HOST names the swarm, so in-process servers and the docker CLI they start
 * use it. A lock file keeps the Swarm tests from running at the same time; the test
 * run's teardown (test/global-setup.ts) stops the swarm.
 */
export async function withOneNodeSwarm(body: (swarm: TestSwarm) => Promise<void>): Promise<void> {
  await withSwarmLock(async () => {
    const up = await runProcess('bash', [SCRIPT, 'solo-up'], { timeoutMs: 120_000 });
    if (up.exitCode !== 0) throw new Error(`scripts/swarm-nodes.sh solo-up failed: ${up.stderr}`);
    const host = up.stdout.trim();
    const saved = process.env.DOCKER_HOST;
    process.env.DOCKER_HOST = host;
    try {
      await body({ host, engine: await connectEngine() });
    } finally {
      if (saved === undefined) delete process.env.DOCKER_HOST;
      else process.env.DOCKER_HOST = saved;
    }
  });
}

/** Stops the test swarm, if a test started one, once no Swarm test holds the lock (the run's teardown). */
export async function stopTestSwarm(): Promise<void> {
  if (!existsSync(SOLO_DIR)) return;
  await withSwarmLock(async () => {
    const down = await runProcess('bash', [SCRIPT, 'solo-down'], { timeoutMs: 120_000 });
    if (down.exitCode !== 0) throw new Error(`scripts/swarm-nodes.sh solo-down failed: ${down.stderr}`);
  });
}

/** Holds the lock that keeps Swarm tests from running at the same time. */
export function withSwarmLock(body: () => Promise<void>): Promise<void> {
  return withPidLock(LOCK, 300_000, body);
}

/** The same lock for the three-node Swarm test, from its setup to its teardown. */
export function takeSwarmLock(): Promise<() => void> {
  return takePidLock(LOCK, 300_000);
}

export const SWARM_DIR = 'test/compose/fixtures/projects/swarm';

export function uniqueStack(prefix: string): string {
  return `dwtest-${prefix}-${Math.random().toString(36).slice(2, 7)}`;
}
