import type { Database } from 'better-sqlite3';
import { staticQuality } from './ranking.js';
import { EVIDENCE_COLUMNS, evidenceToRow, type PatternRow } from './rows.js';
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

function describingColumns(content: CleanContent) {
  return {
    title: content.title,
    language: content.language ?? null,
    framework: content.framework ?? null,
    package_manager: content.packageManager ?? null,
    base_image: content.baseImage ?? null,
    tags: content.tags.join(' '),
    dockerfile_hash: content.hash,
  };
}

function fileColumns(content: CleanContent) {
  return {
    dockerfile: content.dockerfile,
    dockerignore: content.dockerignore ?? null,
    compose: content.compose ?? null,
    notes: content.notes ?? null,
  };
}

/** Writes the files, tags and full-text entry of a pattern, replacing any earlier ones. */
function writeContent(db: Database, rowid: number | bigint, content: CleanContent): void {
  const files = fileColumns(content);
  db.prepare(
    `INSERT OR REPLACE INTO pattern_files (pattern_rowid, dockerfile, dockerignore, compose, notes)
     VALUES (@rowid, @dockerfile, @dockerignore, @compose, @notes)`,
  ).run({ rowid, ...files });
  db.prepare('DELETE FROM pattern_tags WHERE pattern_rowid = ?').run(rowid);
  const insertTag = db.prepare('INSERT INTO pattern_tags (pattern_rowid, tag) VALUES (?, ?)');
  for (const tag of content.tags) insertTag.run(rowid, tag);
  db.prepare('DELETE FROM patterns_fts WHERE rowid = ?').run(rowid);
  db.prepare(
    `INSERT INTO patterns_fts (rowid, title, tags, language, framework, package_manager, base_image, notes, dockerfile)
     VALUES (@rowid, @title, @tags, @language, @framework, @package_manager, @base_image, @notes, @dockerfile)`,
  ).run({ rowid, ...describingColumns(content), notes: files.notes, dockerfile: files.dockerfile });
}

const INSERTED_COLUMNS = [
  ...['id', 'title', 'language', 'framework', 'package_manager', 'base_image', 'tags', 'source'],
  ...['dockerfile_hash', ...EVIDENCE_COLUMNS, 'static_quality', 'created_at', 'updated_at'],
];
const INSERT_SQL = `INSERT INTO patterns (${INSERTED_COLUMNS.join(', ')})
  VALUES (${INSERTED_COLUMNS.map((column) => `@${column}`).join(', ')})`;
const EVIDENCE_SETS = EVIDENCE_COLUMNS.map((column) => `${column} = @${column}`).join(', ');

export function insertPattern(
  db: Database,
  row: { id: string; source: PatternSource; content: CleanContent; evidence: PatternEvidence; now: number },
): void {
  const result = db.prepare(INSERT_SQL).run({
    id: row.id,
    source: row.source,
    created_at: row.now,
    updated_at: row.now,
    ...describingColumns(row.content),
    ...evidenceToRow(row.evidence),
    static_quality: staticQuality(row.evidence),
  });
  writeContent(db, result.lastInsertRowid, row.content);
}

export function updateContent(db: Database, rowid: number, content: CleanContent, now: number): void {
  db.prepare(
    `UPDATE patterns SET title = @title, language = @language, framework = @framework,
       package_manager = @package_manager, base_image = @base_image, tags = @tags,
       dockerfile_hash = @dockerfile_hash, updated_at = @now
     WHERE rowid = @rowid`,
  ).run({ rowid, now, ...describingColumns(content) });
  writeContent(db, rowid, content);
}

export function updateEvidence(db: Database, rowid: number, evidence: PatternEvidence, now: number): void {
  db.prepare(
    `UPDATE patterns SET ${EVIDENCE_SETS}, static_quality = @static_quality, updated_at = @now
     WHERE rowid = @rowid`,
  ).run({ rowid, now, ...evidenceToRow(evidence), static_quality: staticQuality(evidence) });
}

/** Removes a pattern with its files, tags and full-text entry; returns its title. */
export function deletePattern(db: Database, id: string): string | undefined {
  const row = db.prepare('SELECT rowid, title FROM patterns WHERE id = ?').get(id) as
    | { rowid: number; title: string }
    | undefined;
  if (!row) return undefined;
  db.prepare('DELETE FROM patterns_fts WHERE rowid = ?').run(row.rowid);
  db.prepare('DELETE FROM patterns WHERE rowid = ?').run(row.rowid);
  return row.title;
}

export type StoredRow = PatternRow & { rowid: number };

const SELECT_STORED = `SELECT p.rowid, p.*, f.dockerfile, f.dockerignore, f.compose, f.notes
  FROM patterns p JOIN pattern_files f ON f.pattern_rowid = p.rowid`;

export function rowByHash(db: Database, hash: string): StoredRow | undefined {
  return db.prepare(`${SELECT_STORED} WHERE p.dockerfile_hash = ?`).get(hash) as StoredRow | undefined;
}

export function rowById(db: Database, id: string): StoredRow | undefined {
  return db.prepare(`${SELECT_STORED} WHERE p.id = ?`).get(id) as StoredRow | undefined;
}
