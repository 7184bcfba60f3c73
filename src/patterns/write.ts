import type { Database } from 'better-sqlite3';
import { staticQuality } from './ranking.js';
import { evidenceToRow, type PatternRow } from './rows.js';
import type { CleanContent } from './sanitise.js';
import type { PatternEvidence, PatternSource } from './types.js';

/** An id derived from the Dockerfile hash, lengthened in the rare case an edited pattern kept the short one. */
export function newPatternId(db: Database, hash: string): string {
  for (const length of [12, 20]) {
    const id = `p-${hash.slice(0, length)}`;
    if (!db.prepare('SELECT 1 FROM patterns WHERE id = ?').get(id)) return id;
  }
  return `p-${hash}`;
}

function contentColumns(content: CleanContent) {
  return {
    title: content.title,
    language: content.language ?? null,
    framework: content.framework ?? null,
    package_manager: content.packageManager ?? null,
    base_image: content.baseImage ?? null,
    tags: content.tags.join(' '),
    dockerfile: content.dockerfile,
    dockerignore: content.dockerignore ?? null,
    compose: content.compose ?? null,
    notes: content.notes ?? null,
    dockerfile_hash: content.hash,
  };
}

function replaceTags(db: Database, rowid: number | bigint, tags: string[]): void {
  db.prepare('DELETE FROM pattern_tags WHERE pattern_rowid = ?').run(rowid);
  const insert = db.prepare('INSERT INTO pattern_tags (pattern_rowid, tag) VALUES (?, ?)');
  for (const tag of tags) insert.run(rowid, tag);
}

export function insertPattern(
  db: Database,
  row: { id: string; source: PatternSource; content: CleanContent; evidence: PatternEvidence; now: number },
): void {
  const result = db
    .prepare(
      `INSERT INTO patterns (id, title, language, framework, package_manager, base_image, tags, dockerfile,
         dockerignore, compose, notes, source, dockerfile_hash, successful_builds, last_success, image_size,
         build_ms, lint, vulnerabilities, engine_version, static_quality, created_at, updated_at)
       VALUES (@id, @title, @language, @framework, @package_manager, @base_image, @tags, @dockerfile,
         @dockerignore, @compose, @notes, @source, @dockerfile_hash, @successful_builds, @last_success, @image_size,
         @build_ms, @lint, @vulnerabilities, @engine_version, @static_quality, @now, @now)`,
    )
    .run({
      id: row.id,
      source: row.source,
      now: row.now,
      ...contentColumns(row.content),
      ...evidenceToRow(row.evidence),
      static_quality: staticQuality(row.evidence),
    });
  replaceTags(db, result.lastInsertRowid, row.content.tags);
}

export function updateContent(db: Database, rowid: number, content: CleanContent, now: number): void {
  db.prepare(
    `UPDATE patterns SET title = @title, language = @language, framework = @framework,
       package_manager = @package_manager, base_image = @base_image, tags = @tags, dockerfile = @dockerfile,
       dockerignore = @dockerignore, compose = @compose, notes = @notes, dockerfile_hash = @dockerfile_hash,
       updated_at = @now
     WHERE rowid = @rowid`,
  ).run({ rowid, now, ...contentColumns(content) });
  replaceTags(db, rowid, content.tags);
}

export function updateEvidence(db: Database, rowid: number, evidence: PatternEvidence, now: number): void {
  db.prepare(
    `UPDATE patterns SET successful_builds = @successful_builds, last_success = @last_success,
       image_size = @image_size, build_ms = @build_ms, lint = @lint, vulnerabilities = @vulnerabilities,
       engine_version = @engine_version, static_quality = @static_quality, updated_at = @now
     WHERE rowid = @rowid`,
  ).run({ rowid, now, ...evidenceToRow(evidence), static_quality: staticQuality(evidence) });
}

export type StoredRow = PatternRow & { rowid: number };

export function rowByHash(db: Database, hash: string): StoredRow | undefined {
  return db.prepare('SELECT rowid, * FROM patterns WHERE dockerfile_hash = ?').get(hash) as
    | StoredRow
    | undefined;
}

export function rowById(db: Database, id: string): StoredRow | undefined {
  return db.prepare('SELECT rowid, * FROM patterns WHERE id = ?').get(id) as StoredRow | undefined;
}
