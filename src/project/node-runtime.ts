import type { ProjectFiles } from './project-files.js';
import { versionFileLine } from './tool-pins.js';
import type { Fact } from './types.js';

/**
 * Bun runs the app when the start command calls bun, when Bun manages the packages and no
 * start script says otherwise, or when the only entry is TypeScript written for Bun.
 */
export function detectJsRuntime(
  files: ProjectFiles,
  manifest: Record<string, unknown>,
  manager: string,
  startScript: string | undefined,
): Fact<'node' | 'bun'> {
  if (startScript && /^bun\s/.test(startScript.trim()))
    return { value: 'bun', source: 'package.json#scripts.start' };
  if (startScript) return { value: 'node', source: 'package.json#scripts.start' };
  const deps = { ...(manifest.dependencies as object), ...(manifest.devDependencies as object) };
  if (manager === 'bun') return { value: 'bun', source: 'the bun lockfile' };
  if ('@types/bun' in deps || 'bun-types' in deps)
    return { value: 'bun', source: 'package.json#devDependencies' };
  if (files.exists('bunfig.toml')) return { value: 'bun', source: 'bunfig.toml' };
  return { value: 'node', source: 'default' };
}

/** Bun's version: .bun-version, engines.bun, packageManager bun@x; `1` (the major tag) by default. */
export function bunVersion(files: ProjectFiles, manifest: Record<string, unknown>): Fact<string> {
  const file = versionFileLine(files.readText('.bun-version'));
  if (file) return { value: file.replace(/^v/, ''), source: '.bun-version' };
  const engines = (manifest.engines as Record<string, string> | undefined)?.bun;
  const exact = engines && /^\d+(\.\d+){0,2}$/.test(engines.trim()) ? engines.trim() : undefined;
  if (exact) return { value: exact, source: 'package.json#engines.bun' };
  const field = typeof manifest.packageManager === 'string' ? manifest.packageManager : '';
  if (field.startsWith('bun@'))
    return { value: field.slice(4).split('+')[0], source: 'package.json#packageManager' };
  return { value: '1', source: 'default: the Bun 1 major tag' };
}
