import { runProcess } from '../../../src/exec/process.js';
import { requireEngine } from '../../helpers/docker.js';
import { takePidLock, withPidLock } from '../../helpers/pid-lock.js';

// Machine-wide (not in a run's temp folder): every test run shares the one engine.
const LOCK = '/tmp/dockwright-test-swarm.lock';
const DOCKER = '/usr/bin/docker';

/**
 * Runs `body` on a one-node Swarm and leaves the engine's swarm state as it was: the swarm
 * is made (on 127.0.0.1) only when it was inactive, and left only then. A lock file keeps
 * test files that use Swarm from running at the same time.
 */
export async function withOneNodeSwarm(body: () => Promise<void>): Promise<void> {
  await withSwarmLock(async () => {
    let madeSwarm = false;
    const engine = await requireEngine();
    const hadGatewayBridge =
      (await engine.listNetworks({ filters: { name: ['docker_gwbridge'] } })).length > 0;
    try {
      const before = (await engine.facts()).swarm;
      if (before === 'inactive') {
        const init = await runProcess(DOCKER, ['swarm', 'init', '--advertise-addr', '127.0.0.1']);
        if (init.exitCode !== 0) throw new Error(`docker swarm init failed: ${init.stderr}`);
        madeSwarm = true;
      }
      await body();
    } finally {
      if (madeSwarm) {
        await runProcess(DOCKER, ['swarm', 'leave', '--force']);
        // `swarm init` creates docker_gwbridge and `leave` keeps it: remove it when we made it.
        if (!hadGatewayBridge) await engine.removeNetwork('docker_gwbridge').catch(() => {});
      }
    }
  });
}

/** Holds the lock that keeps Swarm tests (which change the engine's swarm state) apart. */
export function withSwarmLock(body: () => Promise<void>): Promise<void> {
  return withPidLock(LOCK, 300_000, body);
}

/**
 * The same lock for the three-node Swarm test, from its setup to its teardown: its nodes'
 * bridge, iptables rules and engines share the host with the one-node Swarm tests.
 */
export function takeSwarmLock(): Promise<() => void> {
  return takePidLock(LOCK, 300_000);
}

export const SWARM_DIR = 'test/compose/fixtures/projects/swarm';

export function uniqueStack(prefix: string): string {
  return `dwtest-${prefix}-${Math.random().toString(36).slice(2, 7)}`;
}
