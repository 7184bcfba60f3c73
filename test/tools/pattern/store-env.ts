import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { PATTERNS_DB_ENV } from '../../../src/patterns/index.js';

/** Points the server's pattern store at a fresh file for this test file (the store opens lazily, on first use). */
export function useTempPatternStore(): { path: () => string } {
  let dir = '';
  const previous = process.env[PATTERNS_DB_ENV];
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'dockwright-pattern-tools-'));
    process.env[PATTERNS_DB_ENV] = join(dir, 'patterns.db');
  });
  afterAll(() => {
    if (previous === undefined) delete process.env[PATTERNS_DB_ENV];
    else process.env[PATTERNS_DB_ENV] = previous;
    rmSync(dir, { recursive: true, force: true });
  });
  return { path: () => join(dir, 'patterns.db') };
}
