import type { Database } from 'better-sqlite3';
import { RANKING_VERSION, staticQuality } from './ranking.js';
import { EVIDENCE_COLUMNS, type EvidenceRow, evidenceFromRow } from './rows.js';

function storedRankingVersion(db: Database): number {
  const row = db.prepare("SELECT value FROM store_meta WHERE key = 'ranking_version'").get() as
    | { value: string }
    | undefined;
  return row ? Number(row.value) : 0;
}

/**
 * Recomputes every stored static_quality when the ranking formula changed since the store
 * last scored its patterns, so that old and new patterns are ranked by the same formula.
 */
export function rescoreIfStale(db: Database, version = RANKING_VERSION): void {
  if (storedRankingVersion(db) >= version) return;
  db.transaction(() => {
    if (storedRankingVersion(db) >= version) return;
    const rows = db
      .prepare(`SELECT rowid, ${EVIDENCE_COLUMNS.join(', ')} FROM patterns`)
      .all() as (EvidenceRow & {
      rowid: number;
    })[];
    const update = db.prepare('UPDATE patterns SET static_quality = ? WHERE rowid = ?');
    for (const row of rows) update.run(staticQuality(evidenceFromRow(row)), row.rowid);
    db.prepare("INSERT OR REPLACE INTO store_meta (key, value) VALUES ('ranking_version', ?)").run(
      String(version),
    );
  }).immediate();
}
