import { readdir } from 'node:fs/promises';
import path from 'node:path';
import type { ResourceContext } from './resource.js';

/** Image tags on the engine that start with what was typed. */
export async function completeImages(ctx: ResourceContext, typed: string): Promise<string[]> {
  const images = await ctx.engine.listImages();
  return images.flatMap((i) => i.tags).filter((tag) => tag.startsWith(typed));
}

/** Container names on the engine that start with what was typed. */
export async function completeContainers(ctx: ResourceContext, typed: string): Promise<string[]> {
  const list = await ctx.engine.listContainers({ all: true });
  return list.map((c) => c.name).filter((name) => name.startsWith(typed));
}

/** Folders inside the workspace (relative to its first root), one level below what was typed. */
export async function completeDirectories(ctx: ResourceContext, typed: string): Promise<string[]> {
  const parent = typed.includes('/') ? typed.slice(0, typed.lastIndexOf('/') + 1) : '';
  let dir: string;
  try {
    dir = ctx.workspace.resolve(parent || '.');
  } catch {
    return [];
  }
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  return entries
    .filter((e) => e.isDirectory() && !e.name.startsWith('.') && e.name !== 'node_modules')
    .map((e) => path.posix.join(parent, e.name))
    .filter((candidate) => candidate.startsWith(typed));
}
