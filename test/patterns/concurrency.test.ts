import { rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { bundleScript, runNodeScript } from './child-processes.js';
import { useTempStores } from './temp-store.js';

const stores = useTempStores();
const BUILDS_PER_WORKER = 300;

interface Report {
  worker: string;
  created: number;
  startedAt: number;
  finishedAt: number;
}

describe('two processes recording at the same time', () => {
  it('lose no writes', async () => {
    const path = join(stores.directory(), 'patterns.db');
    const recorder = await bundleScript(resolve(import.meta.dirname, 'fixtures/recorder.ts'), 'recorder');
    const startAt = String(Date.now() + 1500);
    const results = await Promise.all(
      ['alpha', 'beta'].map((worker) =>
        runNodeScript(recorder, [path, worker, String(BUILDS_PER_WORKER), startAt]),
      ),
    );
    rmSync(recorder);
    for (const result of results) expect(result.stderr).toBe('');
    const reports = results.map((result) => JSON.parse(result.stdout) as Report);
    const [first, second] = reports;
    // The two really ran at the same time.
    expect(first.startedAt).toBeLessThan(second.finishedAt);
    expect(second.startedAt).toBeLessThan(first.finishedAt);

    const db = new Database(path, { readonly: true });
    const withFiles = 'patterns JOIN pattern_files ON pattern_rowid = patterns.rowid';
    const shared = db
      .prepare(`SELECT successful_builds FROM ${withFiles} WHERE dockerfile LIKE '%"shared"%'`)
      .get();
    const unique = db
      .prepare(`SELECT COUNT(*) AS n, SUM(successful_builds) AS builds FROM ${withFiles}
                WHERE language = 'shell' AND dockerfile NOT LIKE '%"shared"%'`)
      .get();
    const indexed = db
      .prepare(`SELECT COUNT(*) AS n FROM patterns_fts WHERE patterns_fts MATCH 'language:shell'`)
      .get();
    db.close();

    expect(shared).toEqual({ successful_builds: BUILDS_PER_WORKER });
    expect(unique).toEqual({ n: BUILDS_PER_WORKER, builds: BUILDS_PER_WORKER });
    expect(indexed).toEqual({ n: BUILDS_PER_WORKER + 1 });
    // Exactly one of the two created the shared pattern; each created its own unique ones.
    expect(reports.reduce((sum, report) => sum + report.created, 0)).toBe(BUILDS_PER_WORKER + 1);
  });
});
