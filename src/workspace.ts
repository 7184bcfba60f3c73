import { realpathSync } from 'node:fs';
import path from 'node:path';
import { ToolError } from './errors.js';

/** True when `child` is `root` or lies below it (refuses `/ws2` for root `/ws`). */
export function isWithin(root: string, child: string): boolean {
  const relative = path.relative(root, child);
  const escapes = relative === '..' || relative.startsWith(`..${path.sep}`);
  return !escapes && !path.isAbsolute(relative);
}

/** The real path of `target`, following symlinks of its longest existing ancestor. */
function realpathOfExistingPrefix(target: string): string {
  const missing: string[] = [];
  let current = target;
  for (;;) {
    try {
      return path.join(realpathSync.native(current), ...missing.reverse());
    } catch {
      const parent = path.dirname(current);
      if (parent === current) return target;
      missing.push(path.basename(current));
      current = parent;
    }
  }
}

/**
 * The folders a client allows us to touch. Every path a tool reads or writes goes through
 * `resolve`, which refuses anything that is not inside a root once symlinks are resolved.
 */
export class Workspace {
  readonly roots: string[];

  constructor(roots: string[]) {
    if (roots.length === 0) throw new Error('A workspace needs at least one root.');
    this.roots = roots.map((root) => realpathOfExistingPrefix(path.resolve(root)));
  }

  get primary(): string {
    return this.roots[0];
  }

  /**
   * Resolves a path given by the client (absolute, or relative to the first root).
   * Security: the check runs on the normalised path and again on the symlink-resolved one,
   * so neither `..` nor a link inside the workspace can lead out of it.
   */
  resolve(userPath: string, purpose = 'access'): string {
    if (userPath.includes('\0')) {
      throw new ToolError(
        'INVALID_ARGUMENT',
        `Path "${userPath}" contains a NUL byte.`,
        'Pass a plain path.',
      );
    }
    const absolute = path.resolve(this.primary, userPath);
    const real = realpathOfExistingPrefix(absolute);
    const inside = this.roots.some((root) => isWithin(root, absolute) || isWithin(root, real));
    const realInside = this.roots.some((root) => isWithin(root, real));
    if (!inside || !realInside) {
      throw new ToolError(
        'PATH_OUTSIDE_WORKSPACE',
        `Cannot ${purpose} "${userPath}": it is outside the workspace (${this.roots.join(', ')}).`,
        'Use a path inside a workspace root, or start dockwright with --workspace pointing at the project.',
      );
    }
    return real;
  }

  /** A path relative to the root that contains it, for display. */
  display(absolute: string): string {
    const root = this.roots.find((r) => isWithin(r, absolute));
    return root ? path.relative(root, absolute) || '.' : absolute;
  }
}
