import type { Database } from 'better-sqlite3';
import { SchemaTooNewError } from './store-errors.js';

/**
 * Schema versions, applied in order inside one transaction each; PRAGMA user_version
 * records the last one applied. Append new steps, never edit a released one.
 */
export const MIGRATIONS: string[] = [
  // patterns holds what search filters and ranks on, kept narrow so a scan of 10,000 rows stays
  // cheap; the file texts live in pattern_files. patterns_fts is contentless and maintained by
  // write.ts, because its columns come from both tables.
  `CREATE TABLE patterns (
     rowid INTEGER PRIMARY KEY,
     id TEXT NOT NULL UNIQUE,
     title TEXT NOT NULL,
     language TEXT,
     framework TEXT,
     package_manager TEXT,
     base_image TEXT,
     tags TEXT NOT NULL DEFAULT '',
     source TEXT NOT NULL CHECK (source IN ('builtin', 'recorded', 'user')),
     dockerfile_hash TEXT NOT NULL UNIQUE,
     successful_builds INTEGER NOT NULL DEFAULT 0,
     last_success INTEGER,
     image_size INTEGER,
     build_ms INTEGER,
     lint TEXT,
     vulnerabilities TEXT,
     engine_version TEXT,
     static_quality REAL NOT NULL DEFAULT 0,
     created_at INTEGER NOT NULL,
     updated_at INTEGER NOT NULL
   );
   CREATE INDEX patterns_language ON patterns (language);
   CREATE INDEX patterns_framework ON patterns (framework);
   CREATE TABLE pattern_files (
     pattern_rowid INTEGER PRIMARY KEY REFERENCES patterns (rowid) ON DELETE CASCADE,
     dockerfile TEXT NOT NULL,
     dockerignore TEXT,
     compose TEXT,
     notes TEXT
   );
   CREATE TABLE pattern_tags (
     pattern_rowid INTEGER NOT NULL REFERENCES patterns (rowid) ON DELETE CASCADE,
     tag TEXT NOT NULL,
     PRIMARY KEY (tag, pattern_rowid)
   ) WITHOUT ROWID;
   CREATE VIRTUAL TABLE patterns_fts USING fts5 (
     title, tags, language, framework, package_manager, base_image, notes, dockerfile,
     content = '', contentless_delete = 1, tokenize = 'porter unicode61'
   );
   INSERT INTO patterns_fts (patterns_fts, rank) VALUES ('rank', 'bm25(4.0, 3.0, 3.0, 3.0, 2.0, 1.0, 1.0, 0.5)');
   CREATE TABLE store_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);`,
  // Trials and their evidence. Until this version a build alone was recorded as proof, so every
  // existing pattern becomes a candidate; the scan counts move to a scan status, and
  // rescoring.ts recomputes static_quality with the new ranking.
  `ALTER TABLE patterns ADD COLUMN status TEXT NOT NULL DEFAULT 'candidate' CHECK (status IN ('proven', 'candidate'));
   ALTER TABLE patterns ADD COLUMN verified_runs INTEGER NOT NULL DEFAULT 0;
   ALTER TABLE patterns ADD COLUMN failed_trials INTEGER NOT NULL DEFAULT 0;
   ALTER TABLE patterns ADD COLUMN last_verified INTEGER;
   ALTER TABLE patterns ADD COLUMN last_failure INTEGER;
   ALTER TABLE patterns ADD COLUMN failed_stage TEXT;
   ALTER TABLE patterns ADD COLUMN healthy_ms INTEGER;
   ALTER TABLE patterns ADD COLUMN scan TEXT;
   ALTER TABLE patterns ADD COLUMN base_images TEXT;
   ALTER TABLE patterns ADD COLUMN checks_passed TEXT;
   UPDATE patterns SET scan = CASE
       WHEN vulnerabilities = '"unknown"' THEN '{"status":"unavailable"}'
       WHEN (SELECT SUM(value) FROM json_each(vulnerabilities)) = 0 THEN '{"status":"clean"}'
       ELSE json_object('status', 'findings', 'counts', json(vulnerabilities))
     END
     WHERE vulnerabilities IS NOT NULL;
   ALTER TABLE patterns DROP COLUMN vulnerabilities;`,
];

export const SCHEMA_VERSION = MIGRATIONS.length;

/** Brings the schema up to date. Returns the version found before migrating. */
export function migrate(db: Database, migrations: string[] = MIGRATIONS): number {
  const found = db.pragma('user_version', { simple: true }) as number;
  if (found > migrations.length) {
    throw new SchemaTooNewError(`schema version ${found}; this version reads up to ${migrations.length}`);
  }
  if (found === migrations.length) return found;
  db.transaction(() => {
    // Re-read inside the write lock: another process may have migrated meanwhile.
    const current = db.pragma('user_version', { simple: true }) as number;
    for (let version = current; version < migrations.length; version++) {
      db.exec(migrations[version]);
      db.pragma(`user_version = ${version + 1}`);
    }
  }).immediate();
  return found;
}
