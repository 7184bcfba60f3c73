import { lstatSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

const MAX_TEXT_BYTES = 2 * 1024 * 1024;
const SKIPPED_DIRS = new Set([
  'node_modules',
  '.git',
  'vendor',
  'target',
  'dist',
  'build',
  '.venv',
  '__pycache__',
]);

/** `name` in the folder `dir`, both relative to one root: `dir` '.' is the root itself. */
export function inDir(dir: string, name: string): string {
  return dir === '.' ? name : `${dir}/${name}`;
}

/** Read-only access to a project's files by relative path; missing or unreadable files read as undefined. */
export class ProjectFiles {
  constructor(readonly root: string) {}

  private abs(relative: string): string {
    return path.join(this.root, relative);
  }

  exists(relative: string): boolean {
    try {
      statSync(this.abs(relative));
      return true;
    } catch {
      return false;
    }
  }

  isDir(relative: string): boolean {
    try {
      return statSync(this.abs(relative)).isDirectory();
    } catch {
      return false;
    }
  }

  /** True for a symbolic link (not followed). */
  isLink(relative: string): boolean {
    try {
      return lstatSync(this.abs(relative)).isSymbolicLink();
    } catch {
      return false;
    }
  }

  /** Entry names of a directory, sorted. */
  list(relative = '.'): string[] {
    try {
      return readdirSync(this.abs(relative)).sort();
    } catch {
      return [];
    }
  }

  readText(relative: string): string | undefined {
    try {
      const file = this.abs(relative);
      if (statSync(file).size > MAX_TEXT_BYTES) return undefined;
      return readFileSync(file, 'utf8');
    } catch {
      return undefined;
    }
  }

  readJson(relative: string): Record<string, unknown> | undefined {
    const text = this.readText(relative);
    if (text === undefined) return undefined;
    try {
      const value: unknown = JSON.parse(text);
      return value && typeof value === 'object' && !Array.isArray(value)
        ? (value as Record<string, unknown>)
        : undefined;
    } catch {
      return undefined;
    }
  }

  /** Files whose name matches, searched breadth-first to `depth` levels, skipping dependency and build folders. */
  find(match: (name: string) => boolean, depth: number, from = '.'): string[] {
    const found: string[] = [];
    let level = [from];
    for (let d = 0; d <= depth && level.length > 0; d++) {
      const next: string[] = [];
      for (const dir of level) {
        for (const name of this.list(dir)) {
          const relative = inDir(dir, name);
          if (this.isDir(relative)) {
            if (!SKIPPED_DIRS.has(name) && !name.startsWith('.')) next.push(relative);
          } else if (match(name)) {
            found.push(relative);
          }
        }
      }
      level = next;
    }
    return found;
  }

  /** A view of a subdirectory, with paths relative to it. */
  sub(relative: string): ProjectFiles {
    return relative === '.' ? this : new ProjectFiles(this.abs(relative));
  }
}
