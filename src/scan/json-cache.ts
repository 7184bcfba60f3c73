import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { VERSION } from '../version.js';

const WEEK_MS = 7 * 24 * 3600 * 1000;
const isKey = (key: string) => /^[0-9a-f]{64}$/.test(key);

/**
 * One JSON file per key (64 hex digits) in a folder of its own per dockwright version, so
 * entries written by another version are never read. Best effort: a missing, unreadable or
 * malformed entry is a miss and a failed write is ignored, so a cache can make its user
 * faster but never make it fail.
 */
export class JsonCache<T> {
  private readonly dir: string;

  constructor(
    root: string,
    kind: string,
    private readonly isValue: (value: unknown) => value is T,
    private readonly maxEntries: number,
  ) {
    this.dir = path.join(root, kind, VERSION);
  }

  private file(key: string): string {
    return path.join(this.dir, `${key}.json`);
  }

  get(key: string): T | undefined {
    if (!isKey(key)) return undefined;
    try {
      const value: unknown = JSON.parse(readFileSync(this.file(key), 'utf8'));
      if (!this.isValue(value)) throw new Error('not an entry of this cache');
      return value;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') rmSync(this.file(key), { force: true });
      return undefined;
    }
  }

  put(key: string, value: T): void {
    if (!isKey(key)) return;
    try {
      mkdirSync(this.dir, { recursive: true, mode: 0o700 });
      // Written whole and renamed, so a concurrent reader never sees half an entry.
      const partial = `${this.file(key)}.${process.pid}.partial`;
      writeFileSync(partial, JSON.stringify(value), { mode: 0o600 });
      renameSync(partial, this.file(key));
      this.prune();
    } catch {
      // A read-only or full disk only costs the next user its time.
    }
  }

  /** Drops other versions' folders unused for a week, and the oldest entries beyond maxEntries. */
  private prune(): void {
    const parent = path.dirname(this.dir);
    for (const name of readdirSync(parent)) {
      const other = path.join(parent, name);
      if (name !== VERSION && statSync(other).mtimeMs < Date.now() - WEEK_MS)
        rmSync(other, { recursive: true, force: true });
    }
    const names = readdirSync(this.dir);
    if (names.length <= this.maxEntries) return;
    const byAge = names
      .map((name) => ({ name, mtime: statSync(path.join(this.dir, name)).mtimeMs }))
      .sort((a, b) => a.mtime - b.mtime);
    for (const { name } of byAge.slice(0, names.length - this.maxEntries))
      rmSync(path.join(this.dir, name), { force: true });
  }
}
