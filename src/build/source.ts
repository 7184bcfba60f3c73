import { randomBytes } from 'node:crypto';
import path from 'node:path';
import type { BuildContextSource } from '../engine/build-types.js';
import { isWithin } from '../workspace.js';
import { type ContextStats, loadIgnoreMatcher, type PackedContext, packContext } from './context.js';
import { listForSync } from './sync-walk.js';

export interface PreparedContext {
  source: BuildContextSource;
  /** Files and bytes offered to the engine: the paths the build reads, after .dockerignore. */
  stats(): Promise<ContextStats>;
  /** Why the tar could not be written, when it could not. */
  packError(): Promise<Error | undefined>;
}

/**
 * Offers the context both ways: as folders BuildKit syncs itself (only what changed since
 * the last build of the same folder travels), and as a tar for the classic builder.
 */
export function prepareContext(
  contextDir: string,
  dockerfile: string,
  dockerfileContent: Buffer,
): PreparedContext {
  const inContext = isWithin(contextDir, dockerfile)
    ? path.relative(contextDir, dockerfile).split(path.sep).join('/')
    : undefined;
  const dockerfileInTar = inContext ?? `.dockerfile.${randomBytes(10).toString('hex')}`;
  const synced: ContextStats = { files: 0, bytes: 0 };
  let packed: PackedContext | undefined;
  const source: BuildContextSource = {
    dockerfileInTar,
    async tar() {
      const matcher = await loadIgnoreMatcher(contextDir, dockerfile, inContext);
      packed = await packContext(
        contextDir,
        matcher,
        inContext ? [] : [{ name: dockerfileInTar, content: dockerfileContent }],
      );
      return packed.stream;
    },
    sync: {
      dirs: { context: contextDir, dockerfile: path.dirname(dockerfile) },
      dockerfileName: path.basename(dockerfile),
      async *list(root, include, exclude) {
        // The engine first probes the context for .dockerignore; the listing after it is the context.
        const full = root === contextDir && !(include.length === 1 && include[0] === '.dockerignore');
        const counted: ContextStats = { files: 0, bytes: 0 };
        for await (const entry of listForSync(root, include, exclude)) {
          if (entry.info.isFile()) {
            counted.files++;
            counted.bytes += entry.info.size;
          }
          yield entry;
        }
        if (full) Object.assign(synced, counted);
      },
    },
  };
  return {
    source,
    stats: async () => (packed ? packed.done.catch(() => ({ files: 0, bytes: 0 })) : synced),
    packError: async () =>
      packed?.done.then(
        () => undefined,
        (reason: Error) => reason,
      ),
  };
}
