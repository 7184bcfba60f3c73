import path from 'node:path';
import { ToolError } from '../errors.js';
import type { ComposeFinding, ComposeProject } from './model.js';
import { childPath, locate, type SourceMap } from './yaml-source.js';

type Raw = Record<string, unknown>;
type IncludeEntry =
  | string
  | { path: string | string[]; env_file?: string | string[]; project_directory?: string };

export interface IncludeContext {
  workingDir: string;
  env: Record<string, string | undefined>;
  sourceMap: SourceMap;
  findings: ComposeFinding[];
}

export type LoadIncluded = (options: {
  workingDir: string;
  files: string[];
  env: Record<string, string | undefined>;
  envFiles?: string[];
}) => Promise<{ project: ComposeProject; findings: ComposeFinding[] }>;

const SECTIONS = ['services', 'networks', 'volumes', 'configs', 'secrets'] as const;

/**
 * Loads each `include` entry as a project of its own (its own folder and .env) and adds its
 * resources to this one; a name defined in both is an error, as the specification says.
 */
export async function applyIncludes(
  merged: Raw,
  context: IncludeContext,
  loadIncluded: LoadIncluded,
): Promise<Raw> {
  const entries = merged.include as IncludeEntry[] | undefined;
  if (!Array.isArray(entries) || entries.length === 0) return merged;
  const out: Raw = { ...merged };
  delete out.include;
  for (const [index, entry] of entries.entries()) {
    const at = childPath('include', index);
    const spec = typeof entry === 'string' ? { path: entry } : entry;
    if (!spec || (typeof spec.path !== 'string' && !Array.isArray(spec.path))) continue;
    const files = (Array.isArray(spec.path) ? spec.path : [spec.path]).map((f) =>
      path.resolve(context.workingDir, f),
    );
    const projectDir = spec.project_directory
      ? path.resolve(context.workingDir, spec.project_directory)
      : path.dirname(files[0]);
    const envFiles = spec.env_file
      ? (Array.isArray(spec.env_file) ? spec.env_file : [spec.env_file]).map((f) =>
          path.resolve(context.workingDir, f),
        )
      : undefined;
    let loaded: Awaited<ReturnType<LoadIncluded>>;
    try {
      loaded = await loadIncluded({ workingDir: projectDir, files, env: context.env, envFiles });
    } catch (error) {
      // Security: a refused path stays an error of the whole request, never a finding.
      if (!(error instanceof ToolError) || error.code === 'PATH_OUTSIDE_WORKSPACE') throw error;
      const where = locate(context.sourceMap, at);
      const message = `${at} cannot be loaded: ${error.message}${error.hint ? ` ${error.hint}` : ''}`;
      context.findings.push({
        code: 'reference',
        severity: 'error',
        path: at,
        message,
        file: where?.file,
        line: where?.line,
      });
      continue;
    }
    const { project, findings } = loaded;
    context.findings.push(...findings);
    for (const [key, location] of project.sourceMap)
      if (!context.sourceMap.has(key)) context.sourceMap.set(key, location);
    for (const section of SECTIONS) {
      const mine = { ...((out[section] as Raw) ?? {}) };
      for (const [name, value] of Object.entries((project.raw[section] as Raw) ?? {})) {
        if (name in mine) {
          const where = locate(context.sourceMap, at);
          context.findings.push({
            code: 'reference',
            severity: 'error',
            path: at,
            message: `${at} brings ${section.slice(0, -1)} "${name}", which this file already defines`,
            file: where?.file,
            line: where?.line,
          });
          continue;
        }
        mine[name] = value;
      }
      if (Object.keys(mine).length) out[section] = mine;
    }
  }
  return out;
}
