import { existsSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { ToolError } from '../errors.js';
import { InterpolationError, interpolateTree } from './interpolate.js';
import { refuseOversizedFile } from './yaml-limits.js';
import { ComposeFileError, locate, parseYamlWithLines, type SourceMap } from './yaml-source.js';

export const DEFAULT_FILES = ['compose.yaml', 'compose.yml', 'docker-compose.yaml', 'docker-compose.yml'];
const OVERRIDE_FILES = [
  'compose.override.yaml',
  'compose.override.yml',
  'docker-compose.override.yaml',
  'docker-compose.override.yml',
];

/** Whether a folder has a compose file of its own. */
export function hasComposeFile(dir: string): boolean {
  return DEFAULT_FILES.some((name) => existsSync(path.join(dir, name)));
}

/** The compose file in a folder (compose.yaml first, as Compose does) plus its override file, if any. */
export function discoverComposeFiles(dir: string): string[] {
  const main = DEFAULT_FILES.find((name) => existsSync(path.join(dir, name)));
  if (!main) {
    throw new ToolError(
      'NOT_FOUND',
      `No compose file in ${dir} (looked for ${DEFAULT_FILES.join(', ')}).`,
      'Pass the file explicitly, or write one (compose_generate drafts a compose.yaml).',
    );
  }
  const override = OVERRIDE_FILES.find((name) => existsSync(path.join(dir, name)));
  return [path.join(dir, main), ...(override ? [path.join(dir, override)] : [])];
}

export interface ParsedFile {
  file: string;
  data: Record<string, unknown>;
  sourceMap: SourceMap;
  /** Variables used but not set, each with the first path that used it. */
  unset: Map<string, string>;
  /** Paths whose value contained a variable reference (so it is not a literal). */
  interpolated: Set<string>;
}

/** Reads, parses and interpolates one compose file; `displayName` is how messages name it. */
export async function readComposeFile(
  file: string,
  env: Record<string, string | undefined>,
  displayName = file,
): Promise<ParsedFile> {
  let text: string;
  try {
    refuseOversizedFile(displayName, (await stat(file)).size);
    text = await readFile(file, 'utf8');
  } catch (error) {
    if (error instanceof ToolError) throw error;
    throw new ToolError(
      'NOT_FOUND',
      `Compose file ${displayName} cannot be read.`,
      'Check the path; it is relative to the project folder.',
    );
  }
  const { data, sourceMap } = parseYamlWithLines(text, displayName);
  if (data === null || data === undefined)
    return { file, data: {}, sourceMap, unset: new Map(), interpolated: new Set() };
  if (typeof data !== 'object' || Array.isArray(data)) {
    throw new ComposeFileError(
      `${displayName}: the top level must be a mapping (services:, networks:, …).`,
      'Start the file with "services:".',
      { file: displayName, line: 1 },
    );
  }
  const unset = new Map<string, string>();
  const interpolated = new Set<string>();
  try {
    const result = interpolateTree(data, env, '', unset, interpolated) as Record<string, unknown>;
    return { file, data: result, sourceMap, unset, interpolated };
  } catch (error) {
    if (!(error instanceof InterpolationError)) throw error;
    const where = locate(sourceMap, error.path);
    throw new ComposeFileError(
      `${where?.file ?? displayName}:${where?.line ?? 1}: ${error.message}`,
      error.hint ?? '',
      {
        file: where?.file ?? displayName,
        line: where?.line ?? 1,
        path: error.path,
      },
    );
  }
}
