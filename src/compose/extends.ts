import path from 'node:path';
import { ToolError } from '../errors.js';
import { readComposeFile } from './files.js';
import { mergeService } from './merge.js';

type Raw = Record<string, unknown>;

interface ExtendsContext {
  env: Record<string, string | undefined>;
  workingDir: string;
  chain: string[];
  allowRead?: (file: string) => string;
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
    out[name] = await resolveService(name, spec, services, file, context);
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
  if (!spec || typeof spec !== 'object' || spec.extends === undefined) return spec;
  const reference =
    typeof spec.extends === 'string'
      ? { service: spec.extends }
      : (spec.extends as { service: string; file?: string });
  const baseFile = reference.file ? path.resolve(path.dirname(file), reference.file) : file;
  const key = `${baseFile}#${reference.service}`;
  if (context.chain.includes(key)) {
    throw new ToolError(
      'INVALID_ARGUMENT',
      `services.${name}.extends forms a cycle: ${[...context.chain, key].join(' -> ')}.`,
      'Remove one of the extends links.',
    );
  }
  let baseServices = siblings;
  if (reference.file) {
    const parsed = await readComposeFile(
      context.allowRead?.(baseFile) ?? baseFile,
      context.env,
      path.relative(context.workingDir, baseFile),
    );
    baseServices = (parsed.data.services as Record<string, Raw>) ?? {};
  }
  const base = baseServices[reference.service];
  if (!base) {
    throw new ToolError(
      'INVALID_ARGUMENT',
      `services.${name}.extends refers to service "${reference.service}", which is not in ${path.relative(context.workingDir, baseFile) || 'this file'}.`,
      'Name a service that exists in that file.',
    );
  }
  const resolvedBase = await resolveService(reference.service, base, baseServices, baseFile, {
    ...context,
    chain: [...context.chain, key],
  });
  const { extends: _ignored, ...own } = spec;
  const { extends: _baseIgnored, ...baseOwn } = resolvedBase;
  return mergeService(baseOwn, own);
}
