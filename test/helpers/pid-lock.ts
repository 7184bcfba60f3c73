import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';

/**
 * Runs `body` holding a machine-wide lock file that names its holder's pid, so that test
 * files (and concurrent test runs) that share one resource take turns. A lock left by a
 * process that was killed (as CI kills leftovers) is free to take.
 */
export async function withPidLock(lock: string, waitMs: number, body: () => Promise<void>): Promise<void> {
  const release = await takePidLock(lock, waitMs);
  try {
    await body();
  } finally {
    release();
  }
}

/** Takes the lock (waiting up to waitMs) for a holder that cannot wrap its work in one call: returns its release. */
export async function takePidLock(lock: string, waitMs: number): Promise<() => void> {
  for (let waited = 0; ; waited += 500) {
    try {
      // One atomic create-and-write: a holder is never seen without its pid.
      writeFileSync(lock, String(process.pid), { flag: 'wx' });
      break;
    } catch {
      if (holderIsGone(lock)) {
        rmSync(lock, { force: true });
        continue;
      }
      if (waited > waitMs)
        throw new Error(`Lock ${lock} held for ${waitMs / 60_000} minutes; remove it if no test is running.`);
      await sleep(500);
    }
  }
  return () => rmSync(lock, { force: true });
}

function holderIsGone(lock: string): boolean {
  try {
    process.kill(Number(readFileSync(lock, 'utf8')), 0);
    return false;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ESRCH';
  }
}
