import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { stopTestSwarm } from './tools/stack/swarm.js';

/**
 * The stdio tests run the real bin, so build dist/ once before any test file starts.
 * Every temporary file of the run (test fixtures, and whatever the code under test makes)
 * goes into one folder that is removed when the run ends, so that a run leaves nothing in
 * the machine's temp folder even when a test fails before its own cleanup. The teardown
 * also stops the one-node Swarm the Swarm tests started (test/tools/stack/swarm.ts).
 */
export default function setup() {
  const root = path.resolve(import.meta.dirname, '..');
  execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: root, stdio: 'inherit' });
  const runTemp = mkdtempSync(path.join(tmpdir(), 'dockwright-test-run-'));
  process.env.TMPDIR = runTemp;
  // Tests never write to the user's own pattern store; files that need their own set it.
  process.env.DOCKWRIGHT_PATTERNS_DB = path.join(runTemp, 'patterns.db');
  // Nor to the user's cache (the scanner's layer cache): one cache for the whole run.
  process.env.DOCKWRIGHT_CACHE_DIR = path.join(runTemp, 'cache');
  return async () => {
    rmSync(runTemp, { recursive: true, force: true });
    await stopTestSwarm();
  };
}
