import { mkdirSync, rmdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { runProcess } from '../../../src/exec/process.js';
import { requireEngine } from '../../helpers/docker.js';

const LOCK = path.join(tmpdir(), 'dockwright-test-swarm.lock');
const DOCKER = '/usr/bin/docker';

/**
 * Runs `body` on a one-node Swarm and leaves the engine's swarm state as it was: the swarm
 * is made (on 127.0.0.1) only when it was inactive, and left only then. A lock folder keeps
 * test files that use Swarm from running at the same time.
 */
export async function withOneNodeSwarm(body: () => Promise<void>): Promise<void> {
  await withSwarmLock(async () => {
    let madeSwarm = false;
    try {
      const before = (await (await requireEngine()).facts()).swarm;
      if (before === 'inactive') {
        const init = await runProcess(DOCKER, ['swarm', 'init', '--advertise-addr', '127.0.0.1']);
        if (init.exitCode !== 0) throw new Error(`docker swarm init failed: ${init.stderr}`);
        madeSwarm = true;
      }
      await body();
    } finally {
      if (madeSwarm) await runProcess(DOCKER, ['swarm', 'leave', '--force']);
    }
  });
}

/** Holds the lock that keeps Swarm tests (which change the engine's swarm state) apart. */
export async function withSwarmLock(body: () => Promise<void>): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    try {
      mkdirSync(LOCK);
      break;
    } catch {
      if (attempt > 600)
        throw new Error(`Swarm lock ${LOCK} held for 5 minutes; remove it if no test is running.`);
      await sleep(500);
    }
  }
  try {
    await body();
  } finally {
    rmdirSync(LOCK);
  }
}

export const SWARM_DIR = 'test/compose/fixtures/projects/swarm';

export function uniqueStack(prefix: string): string {
  return `dwtest-${prefix}-${Math.random().toString(36).slice(2, 7)}`;
}
