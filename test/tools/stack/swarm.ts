import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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
export async function withSwarmLock(body: () => Promise<void>): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    try {
      mkdirSync(LOCK);
      writeFileSync(path.join(LOCK, 'pid'), String(process.pid));
      break;
    } catch {
      if (holderIsGone()) {
        rmSync(LOCK, { recursive: true, force: true });
        continue;
      }
      if (attempt > 600)
        throw new Error(`Swarm lock ${LOCK} held for 5 minutes; remove it if no test is running.`);
      await sleep(500);
    }
  }
  try {
    await body();
  } finally {
    rmSync(LOCK, { recursive: true, force: true });
  }
}

/** A lock left by a test process that was killed (as CI kills leftovers) is free to take. */
function holderIsGone(): boolean {
  let pid: number;
  try {
    pid = Number(readFileSync(path.join(LOCK, 'pid'), 'utf8'));
  } catch {
    return false;
  }
  try {
    process.kill(pid, 0);
    return false;
  } catch {
    return true;
  }
}

export const SWARM_DIR = 'test/compose/fixtures/projects/swarm';

export function uniqueStack(prefix: string): string {
  return `dwtest-${prefix}-${Math.random().toString(36).slice(2, 7)}`;
}
