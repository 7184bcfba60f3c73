import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Database } from 'better-sqlite3';
import { errorMessage, ToolError } from '../errors.js';
import { resolvePatternsPath } from './location.js';
import { migrate } from './migrations.js';
import { rescoreIfStale } from './rescoring.js';
import { applySeeds } from './seeding.js';
import { PatternStore } from './store.js';
import { isBusy, storeUnavailable } from './store-errors.js';

export interface OpenPatternStoreOptions {
  /** How long opening or a write waits (asynchronously) for another process's lock; 5 s by default. */
  busyTimeoutMs?: number;
}

async function loadDriver(path: string) {
  try {
    return (await import('better-sqlite3')).default;
  } catch (error) {
    throw new ToolError(
      'STORE_UNAVAILABLE',
      `The pattern store ${path} cannot be opened: the SQLite driver did not load (${errorMessage(error)}).`,
      'Reinstall dockwright, or run `npm rebuild better-sqlite3` in its folder, so the native module matches this Node.js.',
    );
  }
}

async function ensureDirectory(path: string): Promise<void> {
  if (path === ':memory:') return;
  try {
    await mkdir(dirname(path), { recursive: true, mode: 0o700 });
  } catch (error) {
    throw storeUnavailable(path, Object.assign(error as Error, { code: 'SQLITE_CANTOPEN' }));
  }
}

/**
 * Opens (creating when needed) the pattern store: WAL so readers never block the writer,
 * a busy timeout so concurrent writers wait instead of failing, then migrations, rescoring
 * and seeds.
 * Every failure is a STORE_UNAVAILABLE ToolError that names the file.
 */
export async function openPatternStore(
  path?: string,
  options: OpenPatternStoreOptions = {},
): Promise<PatternStore> {
  const file = resolvePatternsPath(path);
  const Driver = await loadDriver(file);
  await ensureDirectory(file);
  const busyTimeoutMs = options.busyTimeoutMs ?? 5000;
  const deadline = Date.now() + busyTimeoutMs;
  for (;;) {
    let db: Database | undefined;
    try {
      // Security: no SQLite busy timeout, which would sleep on the event loop; BUSY is retried below.
      db = new Driver(file, { timeout: 0 });
      db.pragma('journal_mode = WAL');
      db.pragma('synchronous = NORMAL');
      db.pragma('foreign_keys = ON');
      migrate(db);
      rescoreIfStale(db);
      applySeeds(db);
      return new PatternStore(db, file, busyTimeoutMs);
    } catch (error) {
      db?.close();
      // Another process holds the lock (or is creating the same new store): try again,
      // asleep off the event loop, until the busy timeout.
      if (isBusy(error) && Date.now() < deadline) {
        await sleep(25 + Math.random() * 75);
        continue;
      }
      throw storeUnavailable(file, error);
    }
  }
}

/**
 * The store opened on first call and shared afterwards. A failed open is not remembered,
 * so the next call tries again (a lock may have been released meanwhile).
 */
export function lazyPatternStore(
  path?: string,
  options?: OpenPatternStoreOptions,
): () => Promise<PatternStore> {
  let opening: Promise<PatternStore> | undefined;
  return () => {
    opening ??= openPatternStore(path, options).catch((error: unknown) => {
      opening = undefined;
      throw error;
    });
    return opening;
  };
}
