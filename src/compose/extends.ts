import path from 'node:path';
import { ToolError } from '../errors.js';
import { readComposeFile } from './files.js';
import { resolveHostPath, resolveServicePaths } from './host-paths.js';
import { atKey } from './located-error.js';
import { mergeService } from './merge.js';
import type { SourceMap } from './yaml-source.js';

type Raw = Record<string, unknown>;

interface ExtendsContext {
  env: Record<string, string | undefined>;
  workingDir: string;
  home: string;
  chain: string[];
  allowRead?: (file: string) => string;
  /** When given, a broken reference (missing service or file, a cycle) is recorded here instead of thrown. */
  problems?: { path: string; message: string }[];
  /** Where the extending file's keys are, for errors. */
  sourceMap?: SourceMap;
}

/** `extends: NAME` or `extends: {service, file?}`; anything else is left for the schema to report. */
function referenceOf(value: unknown): { service: string; file?: string } | undefined {
  if (typeof value === 'string') return { service: value };
  if (!value || typeof value !== 'object' || Array.isArray(value)) return undefined;
  const { service, file } = value as Raw;
  if (typeof service !== 'string' || (file !== undefined && typeof file !== 'string')) return undefined;
  return { service, file };
}

/**
 * Resolves `extends` for every service of one file: the base service (from this file or
 * another) is merged under the extending one, recursively, refusing cycles.
 */
export async function resolveExtends(
  services: Record<string, Raw>,
  file: string,
  context: ExtendsContext,
): Promise<Record<string, Raw>> {
  const out: Record<string, Raw> = {};
  for (const [name, spec] of Object.entries(services)) {
    try {
      out[name] = await resolveService(name, spec, services, file, context);
    } catch (error) {
      // Security: a refused path stays an error of the whole request, never a finding.
      const recordable = error instanceof ToolError && error.code !== 'PATH_OUTSIDE_WORKSPACE';
      if (!recordable || !context.problems) throw error;
      context.problems.push({
        path: `services.${name}.extends`,
        message: error.hint ? `${error.message} ${error.hint}` : error.message,
      });
      out[name] = spec;
    }
  }
  return out;
}

async function resolveService(
  name: string,
  spec: Raw,
  siblings: Record<string, Raw>,
  file: string,
  context: ExtendsContext,
): Promise<Raw> {
  if (!spec || typeof spec !== 'object') return spec;
  const reference = referenceOf(spec.extends);
  if (!reference) return spec;
  const at = `services.${name}.extends`;
  const baseFile = reference.file
    ? atKey(context.sourceMap, at, () =>
        resolveHostPath(reference.file as string, path.dirname(file), context.home),
      )
    : file;
  const key = `${baseFile}#${reference.service}`;
  if (context.chain.includes(key)) {
    throw new ToolError(
      'INVALID_ARGUMENT',
      `services.${name}.extends forms a cycle: ${[...context.chain, key].join(' -> ')}.`,
      'Remove one of the extends links.',
    );
  }
  let baseServices = siblings;
  let baseSourceMap = context.sourceMap;
  if (reference.file) {
    const readable = atKey(context.sourceMap, at, () =>
      context.allowRead ? context.allowRead(baseFile) : baseFile,
    );
    const parsed = await readComposeFile(readable, context.env, path.relative(context.workingDir, baseFile));
    baseServices = (parsed.data.services as Record<string, Raw>) ?? {};
    baseSourceMap = parsed.sourceMap;
  }
  const base = Object.hasOwn(baseServices, reference.service) ? baseServices[reference.service] : undefined;
  if (!base) {
    throw new ToolError(
      'INVALID_ARGUMENT',
      `services.${name}.extends refers to service "${reference.service}", which is not in ${path.relative(context.workingDir, baseFile) || 'this file'}.`,
      'Name a service that exists in that file.',
    );
  }
  let resolvedBase = await resolveService(reference.service, base, baseServices, baseFile, {
    ...context,
    sourceMap: baseSourceMap,
    chain: [...context.chain, key],
  });
  if (context.sourceMap && baseSourceMap)
    inheritLocations(
      baseSourceMap,
      `services.${reference.service}`,
      context.sourceMap,
      `services.${name}`,
      spec,
    );
  // Both CLIs resolve a base service's relative paths against the folder of the file it is in.
  if (reference.file) resolvedBase = resolveServicePaths(resolvedBase, path.dirname(baseFile), context.home);
  const { extends: _ignored, ...own } = spec;
  const { extends: _baseIgnored, ...baseOwn } = resolvedBase;
  return mergeService(baseOwn, own);
}

/** Keys the service takes from its base are located where the base wrote them. */
function inheritLocations(from: SourceMap, basePath: string, to: SourceMap, ownPath: string, own: Raw): void {
  for (const [key, location] of [...from]) {
    if (!key.startsWith(`${basePath}.`)) continue;
    const rest = key.slice(basePath.length + 1);
    const topKey = /^[^.[]+/.exec(rest)?.[0] ?? rest;
    if (topKey in own || to.has(`${ownPath}.${rest}`)) continue;
    to.set(`${ownPath}.${rest}`, location);
  }
}
