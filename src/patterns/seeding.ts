import type { Database } from 'better-sqlite3';
import { sanitiseContent } from './sanitise.js';
import { BUILTIN_PATTERNS, SEED_VERSION, type SeedPattern } from './seeds/index.js';
import { NO_EVIDENCE } from './trial-evidence.js';
import { insertPattern, rowByHash, rowById, updateContent } from './write.js';

function storedSeedVersion(db: Database): number {
  const row = db.prepare("SELECT value FROM store_meta WHERE key = 'seed_version'").get() as
    | { value: string }
    | undefined;
  return row ? Number(row.value) : 0;
}

/**
 * Adds the built-in patterns, or refreshes their text when SEED_VERSION moved on. Their
 * evidence is kept, and a built-in the user deleted stays deleted until the next version.
 */
export function applySeeds(
  db: Database,
  seeds: SeedPattern[] = BUILTIN_PATTERNS,
  version = SEED_VERSION,
): void {
  if (storedSeedVersion(db) >= version) return;
  db.transaction(() => {
    if (storedSeedVersion(db) >= version) return;
    const now = Date.now();
    for (const seed of seeds) {
      const content = sanitiseContent(seed);
      const existing = rowById(db, seed.id);
      if (existing) updateContent(db, existing.rowid, content, now);
      else if (!rowByHash(db, content.hash)) {
        insertPattern(db, {
          id: seed.id,
          source: 'builtin',
          content,
          evidence: NO_EVIDENCE,
          now,
        });
      }
    }
    db.prepare("INSERT OR REPLACE INTO store_meta (key, value) VALUES ('seed_version', ?)").run(
      String(version),
    );
  }).immediate();
}
