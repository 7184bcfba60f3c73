import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { type Workspace, writeWorkspaceFile } from '../../workspace.js';
import { lineDiff } from './line-diff.js';

export interface FileToWrite {
  /** Relative to the project directory. */
  name: string;
  content: string;
}

export type WriteAction = 'created' | 'overwritten' | 'unchanged' | 'not-written' | 'exists-differs';

export interface WrittenFile {
  path: string;
  action: WriteAction;
  /** Present when a file on disk differs from what was generated. */
  diff?: string;
}

export interface WriteOptions {
  write: boolean;
  overwrite: boolean;
}

/**
 * Writes generated files into `projectDir` only when asked, and never over an existing file
 * unless `overwrite`. Every target is resolved through the workspace first.
 * Security: a path that leads outside the workspace throws before anything is written.
 */
export async function writeGeneratedFiles(
  workspace: Workspace,
  projectDir: string,
  files: FileToWrite[],
  options: WriteOptions,
): Promise<WrittenFile[]> {
  const targets = files.map((file) => ({
    file,
    target: workspace.resolve(path.join(projectDir, file.name), 'write'),
  }));
  const written: WrittenFile[] = [];
  for (const { file, target } of targets) written.push(await writeOne(workspace, file, target, options));
  return written;
}

async function writeOne(
  workspace: Workspace,
  file: FileToWrite,
  target: string,
  options: WriteOptions,
): Promise<WrittenFile> {
  const shown = workspace.display(target);
  const existing = existsSync(target) ? readFileSync(target, 'utf8') : undefined;
  if (existing === file.content) return { path: shown, action: 'unchanged' };
  const diff = existing === undefined ? undefined : lineDiff(existing, file.content, file.name);
  if (!options.write)
    return { path: shown, action: existing === undefined ? 'not-written' : 'exists-differs', diff };
  if (existing !== undefined && !options.overwrite) return { path: shown, action: 'exists-differs', diff };
  const result = await writeWorkspaceFile(workspace, target, file.content, {
    overwrite: existing !== undefined,
  });
  return { path: shown, action: result.action, diff };
}

/**
 * Writes as asked; replacing a file that differs needs `overwrite` and then the user's
 * confirmation (elicitation, or the tool's `confirm: true`).
 */
export async function writeWithConsent(
  ctx: { workspace: Workspace; confirm(action: string): Promise<void> },
  projectDir: string,
  files: FileToWrite[],
  options: WriteOptions,
): Promise<WrittenFile[]> {
  const preview = await writeGeneratedFiles(ctx.workspace, projectDir, files, {
    write: false,
    overwrite: false,
  });
  if (!options.write) return preview;
  const replaced = preview.filter((file) => file.action === 'exists-differs').map((file) => file.path);
  if (options.overwrite && replaced.length > 0) await ctx.confirm(`Overwrite ${replaced.join(', ')}`);
  return writeGeneratedFiles(ctx.workspace, projectDir, files, options);
}
