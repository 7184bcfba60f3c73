import type { Database } from 'better-sqlite3';
import { ToolError } from '../errors.js';
import { patternFromRow } from './rows.js';
import { type ContentInput, sanitiseContent } from './sanitise.js';
import { searchPatterns } from './search.js';
import { guarded, retryWhileBusy } from './store-errors.js';
import { type RecordTrialInput, type RecordTrialResult, recordTrial } from './trial.js';
import { NO_EVIDENCE } from './trial-evidence.js';
import type { Pattern, SearchQuery, SearchResult } from './types.js';
import {
  deletePattern,
  insertPattern,
  newPatternId,
  rowByHash,
  rowById,
  updateContent,
  updateEvidence,
} from './write.js';

export interface SavePatternInput extends ContentInput {
  /** Update this pattern instead of adding one. */
  id?: string;
}

export interface SavePatternResult {
  pattern: Pattern;
  /** False when an existing pattern was updated (by id, or because its Dockerfile was the same). */
  created: boolean;
}

function notFound(id: string): ToolError {
  return new ToolError('NOT_FOUND', `Pattern "${id}" not found.`, 'Find pattern ids with pattern_search.');
}

/** The pattern memory: one SQLite file, safe to share between processes. */
export class PatternStore {
  constructor(
    private readonly db: Database,
    readonly path: string,
    /** How long a write waits, without blocking, for another process's lock. */
    private readonly busyTimeoutMs = 5000,
  ) {}

  search(query: SearchQuery, nowMs = Date.now()): SearchResult {
    return guarded(this.path, () => searchPatterns(this.db, query, nowMs));
  }

  get(id: string): Pattern {
    const row = guarded(this.path, () => rowById(this.db, id));
    if (!row) throw notFound(id);
    return patternFromRow(row);
  }

  count(): number {
    return guarded(
      this.path,
      () => (this.db.prepare('SELECT COUNT(*) AS n FROM patterns').get() as { n: number }).n,
    );
  }

  /**
   * Records one trial of a Dockerfile (built; or built, ran and passed or failed its checks):
   * the one way the build and containerize loop writes evidence. See trial-evidence.ts.
   */
  recordTrial(input: RecordTrialInput): Promise<RecordTrialResult> {
    return retryWhileBusy(this.path, () => recordTrial(this.db, input), this.busyTimeoutMs);
  }

  /**
   * Adds a user pattern, or updates one: by id when given, else the one with the same Dockerfile.
   * A saved pattern is a candidate: only a trial proves one. A new Dockerfile under an existing
   * id starts again from no evidence, since what was proved was proved of the old one.
   */
  async save(input: SavePatternInput): Promise<SavePatternResult> {
    const content = sanitiseContent(input);
    return retryWhileBusy(
      this.path,
      () =>
        this.db
          .transaction((): SavePatternResult => {
            const now = Date.now();
            const sameDockerfile = rowByHash(this.db, content.hash);
            const target = input.id ? rowById(this.db, input.id) : sameDockerfile;
            if (input.id && !target) throw notFound(input.id);
            if (target && sameDockerfile && sameDockerfile.id !== target.id) {
              throw new ToolError(
                'CONFLICT',
                `Pattern "${sameDockerfile.id}" already has this Dockerfile, so "${target.id}" cannot take it.`,
                `Update "${sameDockerfile.id}" instead, or delete it first with pattern_delete.`,
              );
            }
            if (target) {
              if (target.dockerfile_hash !== content.hash)
                updateEvidence(this.db, target.rowid, NO_EVIDENCE, now);
              updateContent(this.db, target.rowid, content, now);
              return { pattern: patternFromRow(rowById(this.db, target.id)!), created: false };
            }
            const id = newPatternId(this.db, content.hash);
            insertPattern(this.db, { id, source: 'user', content, evidence: NO_EVIDENCE, now });
            return { pattern: patternFromRow(rowById(this.db, id)!), created: true };
          })
          .immediate(),
      this.busyTimeoutMs,
    );
  }

  /** Removes a pattern; returns its title. */
  async delete(id: string): Promise<string> {
    const title = await retryWhileBusy(
      this.path,
      () => this.db.transaction(() => deletePattern(this.db, id)).immediate(),
      this.busyTimeoutMs,
    );
    if (title === undefined) throw notFound(id);
    return title;
  }

  close(): void {
    if (this.db.open) this.db.close();
  }
}
