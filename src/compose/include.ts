import path from 'node:path';
import { ToolError } from '../errors.js';
import { isRemoteContext, resolveHostPath, resolveResourcePaths, resolveServicePaths } from './host-paths.js';
import { atKey } from './located-error.js';
import type { ComposeFinding, ComposeProject } from './model.js';
import { childPath, locate, type SourceMap } from './yaml-source.js';

type Raw = Record<string, unknown>;
type IncludeEntry =
  | string
  | { path: string | string[]; env_file?: string | string[]; project_directory?: string };

export interface IncludeContext {
  workingDir: string;
  home: string;
  /** Security: the workspace check for every file or folder an include entry names. */
  allowRead: (file: string) => string;
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
 * Security: Compose v2 can include a project from a Git repository or an OCI registry; that
 * file is fetched by the CLI after our check, so dockwright never sees what it would run.
 */
function refuseRemote(value: string): void {
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(value) || /^git@/.test(value) || isRemoteContext(value)) {
    throw new ToolError(
      'REFUSED',
      `Refused: include "${value}" is fetched from elsewhere by the Compose CLI, so it cannot be checked first.`,
      'Copy that compose file into the workspace and include it by its path.',
    );
  }
}

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
    const hostPath = (value: string) =>
      atKey(context.sourceMap, at, () => {
        refuseRemote(value);
        return context.allowRead(resolveHostPath(value, context.workingDir, context.home));
      });
    let loaded: Awaited<ReturnType<LoadIncluded>>;
    try {
      const files = (Array.isArray(spec.path) ? spec.path : [spec.path]).map(hostPath);
      const projectDir = spec.project_directory ? hostPath(spec.project_directory) : path.dirname(files[0]);
      const envFiles = spec.env_file
        ? (Array.isArray(spec.env_file) ? spec.env_file : [spec.env_file]).map(hostPath)
        : undefined;
      loaded = await loadIncluded({ workingDir: projectDir, files, env: context.env, envFiles });
    } catch (error) {
      // Security: a path outside the workspace stays an error of the whole request; anything
      // else (a remote or ambiguous path, a broken included project) makes the project invalid.
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
    for (const [key, location] of project.sourceMap) {
      const file = path.relative(context.workingDir, path.resolve(project.workingDir, location.file));
      if (!context.sourceMap.has(key)) context.sourceMap.set(key, { ...location, file });
    }
    const included = resolveResourcePaths(project.raw, project.workingDir, context.home);
    included.services = Object.fromEntries(
      Object.entries((included.services as Record<string, Raw>) ?? {}).map(([name, service]) => [
        name,
        resolveServicePaths(service, project.workingDir, context.home),
      ]),
    );
    for (const section of SECTIONS) {
      const mine = { ...((out[section] as Raw) ?? {}) };
      for (const [name, value] of Object.entries((included[section] as Raw) ?? {})) {
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
