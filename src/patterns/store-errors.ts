import { setTimeout as sleep } from 'node:timers/promises';
import { errorMessage, isToolError, ToolError } from '../errors.js';
import { PATTERNS_DB_ENV } from './location.js';

const ELSEWHERE = `or point ${PATTERNS_DB_ENV} at another file`;

/** Thrown by migrate() when the file was written by a newer dockwright. */
export class SchemaTooNewError extends Error {
  readonly code = 'SCHEMA_TOO_NEW';
}

function isStoreFailure(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && (code.startsWith('SQLITE_') || code === 'SCHEMA_TOO_NEW');
}

/** Turns a failure inside SQLite into an error that names the store file and what to do about it. */
export function storeUnavailable(path: string, error: unknown): ToolError {
  if (isToolError(error)) return error;
  const code = (error as { code?: string }).code ?? '';
  const reason = errorMessage(error);
  if (code === 'SCHEMA_TOO_NEW') {
    return new ToolError(
      'STORE_UNAVAILABLE',
      `The pattern store ${path} was written by a newer dockwright (${reason}).`,
      `Upgrade dockwright, ${ELSEWHERE}.`,
    );
  }
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) {
    return new ToolError(
      'STORE_UNAVAILABLE',
      `The pattern store ${path} is locked by another process (${reason}).`,
      `Retry in a moment; if it stays locked, stop the process holding it (for example with \`fuser ${path}\`), ${ELSEWHERE}.`,
    );
  }
  if (code === 'SQLITE_NOTADB' || code.startsWith('SQLITE_CORRUPT')) {
    return new ToolError(
      'STORE_UNAVAILABLE',
      `The pattern store ${path} is damaged: ${reason}.`,
      `Move the file aside (dockwright then starts a fresh store with the built-in patterns), ${ELSEWHERE}.`,
    );
  }
  if (
    code.startsWith('SQLITE_CANTOPEN') ||
    code.startsWith('SQLITE_READONLY') ||
    code.startsWith('SQLITE_PERM')
  ) {
    return new ToolError(
      'STORE_UNAVAILABLE',
      `The pattern store ${path} cannot be opened for writing: ${reason}.`,
      `Check that the directory exists and is writable by this user, ${ELSEWHERE}.`,
    );
  }
  return new ToolError(
    'STORE_UNAVAILABLE',
    `The pattern store ${path} failed: ${reason}.`,
    `Retry; if it keeps failing, move the file aside ${ELSEWHERE}.`,
  );
}

/** Another connection holds the lock SQLite needs. */
export function isBusy(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED'));
}

/**
 * Runs a write, trying again while another process holds the lock, until `timeoutMs`.
 * Security: the connection's own busy timeout is 0, because SQLite waits for a lock by
 * sleeping on the calling thread, which would stall every other call of the server.
 */
export async function retryWhileBusy<T>(path: string, action: () => T, timeoutMs: number): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return action();
    } catch (error) {
      if (!isBusy(error) || Date.now() >= deadline)
        throw isStoreFailure(error) ? storeUnavailable(path, error) : error;
      await sleep(25 + Math.random() * 75);
    }
  }
}

export function guarded<T>(path: string, action: () => T): T {
  try {
    return action();
  } catch (error) {
    throw isStoreFailure(error) ? storeUnavailable(path, error) : error;
  }
}
