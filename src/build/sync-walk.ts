import type { Stats } from 'node:fs';
import { lstat, readdir, readlink } from 'node:fs/promises';
import path from 'node:path';
import { IgnoreMatcher, parseDockerignore } from './dockerignore.js';

export interface SyncEntry {
  /** Slash-separated, relative to the synced folder. */
  path: string;
  info: Stats;
  linkname?: string;
}

/** Whether a folder may hold a path an include pattern names (so it must be walked). */
function mayHoldIncluded(include: IgnoreMatcher, directory: string): boolean {
  const prefix = `${directory}/`;
  return include.patterns.some(
    (pattern) => !pattern.exception && (pattern.source.startsWith(prefix) || /^[*?[]/.test(pattern.source)),
  );
}

/**
 * Lists a folder for BuildKit's file sync, in the order it requires (names sorted, each
 * folder before its contents), keeping what the include patterns name and dropping what
 * the exclude patterns (the .dockerignore, as the engine read it) exclude. A folder is
 * listed before anything inside it that is sent, even when the folder itself is excluded.
 * Security: links are listed as links and never followed.
 */
export async function* listForSync(
  root: string,
  includePatterns: string[],
  excludePatterns: string[],
): AsyncGenerator<SyncEntry> {
  const include = includePatterns.length
    ? new IgnoreMatcher(parseDockerignore(includePatterns.join('\n')))
    : undefined;
  const exclude = new IgnoreMatcher(parseDockerignore(excludePatterns.join('\n')));
  const wanted = (name: string) => (!include || include.isExcluded(name)) && !exclude.isExcluded(name);

  async function* walk(relative: string, pendingParents: SyncEntry[]): AsyncGenerator<SyncEntry> {
    const names = (await readdir(path.join(root, relative))).sort();
    const entries = names.map((name) => (relative ? `${relative}/${name}` : name));
    const infos = await Promise.all(entries.map((entry) => lstat(path.join(root, entry))));
    for (const [index, name] of entries.entries()) {
      const info = infos[index];
      const entry: SyncEntry = { path: name, info };
      if (info.isSymbolicLink()) entry.linkname = await readlink(path.join(root, name));
      if (info.isDirectory()) {
        const sendSelf = wanted(name);
        const walkInside =
          (exclude.isExcluded(name) ? exclude.mayReincludeUnder(name) : true) &&
          (!include || include.isExcluded(name) || mayHoldIncluded(include, name));
        if (sendSelf) {
          yield* pendingParents.splice(0);
          yield entry;
        }
        if (walkInside) {
          const parents = sendSelf ? [] : [...pendingParents, entry];
          yield* walk(name, parents);
          if (!sendSelf && parents.length === 0) pendingParents.splice(0);
        }
      } else if (wanted(name)) {
        yield* pendingParents.splice(0);
        yield entry;
      }
    }
  }
  yield* walk('', []);
}
