import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { BUILTIN_PATTERNS } from '../../src/patterns/index.js';
import { MIGRATIONS, migrate, SCHEMA_VERSION } from '../../src/patterns/migrations.js';
import { staticQuality } from '../../src/patterns/ranking.js';
import { applySeeds } from '../../src/patterns/seeding.js';
import { nodeDockerfile, useTempStores } from './temp-store.js';

const stores = useTempStores();

describe('migrations', () => {
  it('bring a new file to the current version in WAL mode, and keep data across reopening', async () => {
    const path = join(stores.directory(), 'patterns.db');
    const store = await stores.open(path);
    const { id } = await store.recordTrial({
      dockerfile: nodeDockerfile(),
      stack: {},
      outcome: 'built',
      evidence: {},
    });
    store.close();
    const db = new Database(path);
    expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    db.close();
    const reopened = await stores.open(path);
    expect(reopened.get(id!).evidence.successfulBuilds).toBe(1);
    expect(reopened.count()).toBe(BUILTIN_PATTERNS.length + 1);
  });

  it('apply only the steps a file has not seen, once', () => {
    const db = new Database(':memory:');
    expect(migrate(db)).toBe(0);
    const next = [...MIGRATIONS, 'ALTER TABLE patterns ADD COLUMN maintainer TEXT'];
    expect(migrate(db, next)).toBe(SCHEMA_VERSION);
    expect(migrate(db, next)).toBe(SCHEMA_VERSION + 1);
    expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION + 1);
    expect(db.prepare('SELECT maintainer FROM patterns').all()).toEqual([]);
    db.close();
  });

  it('roll back a step that fails, leaving the version where it was', () => {
    const db = new Database(':memory:');
    migrate(db);
    const broken = [...MIGRATIONS, 'CREATE TABLE half_done (a TEXT); SELECT no_such_function()'];
    expect(() => migrate(db, broken)).toThrow(/no_such_function/);
    expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    expect(db.prepare("SELECT name FROM sqlite_master WHERE name = 'half_done'").all()).toEqual([]);
    db.close();
  });

  it('turn the patterns of a version 1 file, proven by a build alone, into candidates ranked by the new formula', async () => {
    const path = join(stores.directory(), 'patterns.db');
    const old = new Database(path);
    migrate(old, MIGRATIONS.slice(0, 1));
    const insert = old.prepare(
      `INSERT INTO patterns (id, title, language, tags, source, dockerfile_hash, successful_builds, last_success,
         image_size, lint, vulnerabilities, static_quality, created_at, updated_at)
       VALUES (?, ?, 'node', 'node', 'recorded', ?, 3, 1700000000000, 200000000, '{"error":0,"warning":0,"info":0}', ?, 0.61, 1, 1)`,
    );
    insert.run('p-unknown', 'Scanned, no data', 'hash-a', '"unknown"');
    insert.run(
      'p-clean',
      'Scanned clean',
      'hash-b',
      '{"critical":0,"high":0,"medium":0,"low":0,"unknown":0}',
    );
    insert.run(
      'p-found',
      'Scanned, findings',
      'hash-c',
      '{"critical":1,"high":2,"medium":0,"low":0,"unknown":0}',
    );
    insert.run('p-never', 'Never scanned', 'hash-d', null);
    old
      .prepare(
        "INSERT INTO pattern_files (pattern_rowid, dockerfile) SELECT rowid, 'FROM node:22' FROM patterns",
      )
      .run();
    old.close();

    const store = await stores.open(path);
    const evidence = (id: string) => store.get(id).evidence;
    for (const id of ['p-unknown', 'p-clean', 'p-found', 'p-never']) {
      expect(evidence(id)).toMatchObject({
        status: 'candidate',
        successfulBuilds: 3,
        verifiedRuns: 0,
        failedTrials: 0,
      });
    }
    expect(evidence('p-unknown').scan).toEqual({ status: 'unavailable' });
    expect(evidence('p-clean').scan).toEqual({ status: 'clean' });
    expect(evidence('p-found').scan).toEqual({
      status: 'findings',
      counts: { critical: 1, high: 2, medium: 0, low: 0, unknown: 0 },
    });
    expect(evidence('p-never').scan).toBeUndefined();
    store.close();
    const db = new Database(path);
    const stored = db.prepare('SELECT id, static_quality FROM patterns WHERE id LIKE ?').all('p-%') as {
      id: string;
      static_quality: number;
    }[];
    db.close();
    const reopened = await stores.open(path);
    for (const row of stored)
      expect(row.static_quality).toBeCloseTo(staticQuality(reopened.get(row.id).evidence), 9);
    const hits = reopened.search({ language: 'node', limit: 20 }).hits;
    // Equal evidence but the scan: clean first, findings last; no data and never scanned tie (by id).
    expect(hits.map((hit) => hit.id).filter((id) => id.startsWith('p-'))).toEqual([
      'p-clean',
      'p-never',
      'p-unknown',
      'p-found',
    ]);
  });

  it('refuse a file written by a newer dockwright with STORE_UNAVAILABLE', async () => {
    const path = join(stores.directory(), 'patterns.db');
    const db = new Database(path);
    db.pragma(`user_version = ${SCHEMA_VERSION + 5}`);
    db.close();
    await expect(stores.open(path)).rejects.toMatchObject({
      code: 'STORE_UNAVAILABLE',
      message: expect.stringMatching(/written by a newer dockwright/),
      hint: expect.stringMatching(/Upgrade dockwright/),
    });
  });
});

describe('seeding', () => {
  it('refreshes built-in text on a new seed version, keeping evidence and respecting deletions', () => {
    const db = new Database(':memory:');
    migrate(db);
    const [first, second] = BUILTIN_PATTERNS;
    applySeeds(db, [first, second], 1);
    db.prepare('UPDATE patterns SET successful_builds = 4 WHERE id = ?').run(first.id);
    db.prepare('DELETE FROM patterns WHERE id = ?').run(second.id);
    applySeeds(db, [first, second], 1);
    expect(db.prepare('SELECT COUNT(*) AS n FROM patterns').get()).toEqual({ n: 1 });
    applySeeds(db, [{ ...first, title: 'Renamed' }, second], 2);
    expect(db.prepare('SELECT title, successful_builds FROM patterns WHERE id = ?').get(first.id)).toEqual({
      title: 'Renamed',
      successful_builds: 4,
    });
    expect(db.prepare('SELECT COUNT(*) AS n FROM patterns').get()).toEqual({ n: 2 });
    db.close();
  });
});
