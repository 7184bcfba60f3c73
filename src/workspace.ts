import { randomBytes } from 'node:crypto';
import { lstatSync, realpathSync } from 'node:fs';
import { link, lstat, mkdir, open, rename, unlink } from 'node:fs/promises';
import path from 'node:path';
import { ToolError } from './errors.js';

/** True when `child` is `root` or lies below it (refuses `/ws2` for root `/ws`, accepts `/ws/..env`). */
export function isWithin(root: string, child: string): boolean {
  const relative = path.relative(root, child);
  const escapes = relative === '..' || relative.startsWith(`..${path.sep}`);
  return !escapes && !path.isAbsolute(relative);
}

function isSymlink(target: string): boolean {
  try {
    return lstatSync(target).isSymbolicLink();
  } catch {
    return false;
  }
}

/**
 * The real path of `target`, following symlinks of its longest existing ancestor.
 * Security: a symlink whose target does not exist (a dangling link, anywhere on the path)
 * throws, because a write through it would create a file wherever the link points.
 */
export function realpathOfExistingPrefix(target: string): string {
  const missing: string[] = [];
  let current = target;
  for (;;) {
    try {
      return path.join(realpathSync.native(current), ...missing.reverse());
    } catch {
      if (isSymlink(current)) {
        throw new ToolError(
          'PATH_OUTSIDE_WORKSPACE',
          `"${current}" is a symbolic link to something that does not exist; dockwright does not follow dangling links.`,
          'Remove the link or point it at a file inside the workspace, then try again.',
        );
      }
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
 * Files are written only through `writeWorkspaceFile` below.
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

export interface WriteFileOptions {
  /** Replace a file that already exists; without it an existing file is a CONFLICT. */
  overwrite?: boolean;
  /** What the write is for, in error messages ("write the SBOM"). */
  purpose?: string;
}

export interface WriteFileResult {
  /** The real path written. */
  path: string;
  action: 'created' | 'overwritten';
}

async function existingMode(target: string): Promise<number | undefined> {
  try {
    const stat = await lstat(target);
    if (!stat.isFile()) {
      throw new ToolError(
        'CONFLICT',
        `"${target}" exists and is not a regular file.`,
        'Choose another path, or remove what is there.',
      );
    }
    return stat.mode & 0o7777;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

/**
 * The one way dockwright writes a file. The target is resolved through the workspace
 * (symlinks followed, dangling links refused), written to a temporary file in the same
 * folder, flushed, then moved into place in one step.
 * Security: without `overwrite` the final step is link(2), which fails if anything
 * (a file or a link planted meanwhile) appeared at the target; rename(2) replaces a link
 * itself rather than writing through it.
 */
export async function writeWorkspaceFile(
  workspace: Workspace,
  userPath: string,
  content: string | Uint8Array,
  options: WriteFileOptions = {},
): Promise<WriteFileResult> {
  const purpose = options.purpose ?? 'write';
  const target = workspace.resolve(userPath, purpose);
  const mode = await existingMode(target);
  if (mode !== undefined && !options.overwrite) {
    throw new ToolError(
      'CONFLICT',
      `Cannot ${purpose} "${workspace.display(target)}": the file already exists.`,
      'Pass overwrite: true to replace it (the user is asked to confirm), or choose another path.',
    );
  }
  await mkdir(path.dirname(target), { recursive: true });
  // The folder may have been created just now: check again that it is still inside.
  workspace.resolve(path.dirname(target), purpose);
  const temporary = path.join(
    path.dirname(target),
    `.${path.basename(target)}.${randomBytes(6).toString('hex')}.tmp`,
  );
  const handle = await open(temporary, 'wx', mode ?? 0o644);
  try {
    await handle.writeFile(content);
    await handle.sync();
  } finally {
    await handle.close();
  }
  try {
    if (mode === undefined) {
      await link(temporary, target).catch((error: NodeJS.ErrnoException) => {
        if (error.code !== 'EEXIST') throw error;
        throw new ToolError(
          'CONFLICT',
          `Cannot ${purpose} "${workspace.display(target)}": a file appeared there while writing.`,
          'Look at what is there, then try again with overwrite: true if it should be replaced.',
        );
      });
    } else {
      await rename(temporary, target);
    }
  } finally {
    await unlink(temporary).catch(() => undefined);
  }
  return { path: target, action: mode === undefined ? 'created' : 'overwritten' };
}

/**
 * A file the CLI user named on the command line (`--output`, `lint --fix`): written through
 * the same path, confined to its own folder, and replaced when it exists because the user
 * asked for it by name.
 */
export function writeNamedFile(file: string, content: string): Promise<WriteFileResult> {
  const absolute = path.resolve(file);
  const folder = new Workspace([path.dirname(absolute)]);
  return writeWorkspaceFile(folder, absolute, content, { overwrite: true });
}
