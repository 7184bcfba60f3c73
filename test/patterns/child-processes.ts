import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { type RunResult, runProcess } from '../../src/exec/process.js';

const REPO = resolve(import.meta.dirname, '../..');
// Inside node_modules so that the bundle's external imports (better-sqlite3) resolve.
const BUNDLE_DIR = join(REPO, 'node_modules', '.cache', 'dockwright-patterns-test');

/**
 * Bundles a TypeScript script for a child node process, with esbuild as documented in
 * the brief: `esbuild --bundle --platform=node --format=esm --packages=external`.
 */
export async function bundleScript(entry: string, name: string): Promise<string> {
  const { build } = await import('esbuild');
  mkdirSync(BUNDLE_DIR, { recursive: true });
  const outfile = join(BUNDLE_DIR, `${name}-${process.pid}.mjs`);
  await build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    packages: 'external',
    logLevel: 'warning',
  });
  return outfile;
}

export function runNodeScript(script: string, args: string[]): Promise<RunResult> {
  return runProcess(process.execPath, [script, ...args], { cwd: REPO, timeoutMs: 60_000 });
}

const LOCK_HOLDER = `
import Database from 'better-sqlite3';
const [path, mode] = process.argv.slice(1);
const db = new Database(path);
db.pragma('journal_mode = WAL');
if (mode === 'exclusive-mode') { db.pragma('locking_mode = EXCLUSIVE'); db.exec('BEGIN EXCLUSIVE; COMMIT; BEGIN EXCLUSIVE'); }
else db.exec('BEGIN IMMEDIATE');
console.log('locked');
setInterval(() => {}, 1000);
`;

export interface LockHolder {
  release(): Promise<void>;
}

/**
 * A separate process that holds the store's write lock ('write') or, with SQLite's
 * exclusive locking mode, shuts every other connection out ('exclusive-mode').
 */
export async function holdLock(path: string, mode: 'write' | 'exclusive-mode'): Promise<LockHolder> {
  const stop = new AbortController();
  let signalLocked: () => void = () => {};
  const locked = new Promise<void>((resolveLocked) => {
    signalLocked = resolveLocked;
  });
  const finished = runProcess(process.execPath, ['--input-type=module', '-e', LOCK_HOLDER, path, mode], {
    cwd: REPO,
    signal: stop.signal,
    timeoutMs: 60_000,
    onLine: (line) => line === 'locked' && signalLocked(),
  });
  await Promise.race([
    locked,
    finished.then((result) => {
      throw new Error(`lock holder exited early: ${result.stderr}`);
    }),
  ]);
  return {
    async release() {
      stop.abort();
      await finished;
    },
  };
}
