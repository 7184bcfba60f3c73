import path from 'node:path';
import { ToolError } from '../errors.js';
import { parseShortVolume } from './volume-syntax.js';

type Raw = Record<string, unknown>;

const REMOTE = /^(https?:\/\/|git@|git:\/\/|github\.com\/|[a-z-]+:\/\/)/;

/** A build context or additional context that is not a folder on this host (URL, image, service). */
export function isRemoteContext(value: string): boolean {
  return REMOTE.test(value) || value.startsWith('service:');
}

/**
 * A host path as both Compose CLIs resolve it: `~` is $HOME (v1 and v2 agree on `~` and
 * `~/x`), and a relative path is taken from the project folder.
 * Security: `~user/x` is refused because v1 reads it as that user's home and v2 as $HOME/user/x.
 */
export function resolveHostPath(value: string, dir: string, home: string): string {
  if (value.startsWith('~')) {
    if (value !== '~' && !value.startsWith('~/')) {
      throw new ToolError(
        'REFUSED',
        `Refused: host path "${value}" means another user's home to Compose v1 and a folder under $HOME to v2.`,
        'Write the path relative to the project folder (./data) or as an absolute path.',
      );
    }
    return path.join(home, value.slice(1));
  }
  return path.resolve(dir, value);
}

function resolveVolume(entry: unknown, dir: string, home: string): unknown {
  if (typeof entry === 'string') {
    const parsed = parseShortVolume(entry);
    if (!('mount' in parsed) || parsed.mount.type !== 'bind' || !parsed.mount.source) return entry;
    const source = resolveHostPath(parsed.mount.source, dir, home);
    return [source, ...entry.split(':').slice(1)].join(':');
  }
  const mount = entry as Raw;
  if (mount?.type !== 'bind' || typeof mount.source !== 'string') return entry;
  return { ...mount, source: resolveHostPath(mount.source, dir, home) };
}

function resolveBuild(build: unknown, dir: string, home: string): unknown {
  if (typeof build === 'string') return isRemoteContext(build) ? build : resolveHostPath(build, dir, home);
  if (!build || typeof build !== 'object') return build;
  const spec = { ...(build as Raw) };
  const context = typeof spec.context === 'string' ? spec.context : '.';
  if (!isRemoteContext(context)) spec.context = resolveHostPath(context, dir, home);
  if (
    spec.additional_contexts &&
    typeof spec.additional_contexts === 'object' &&
    !Array.isArray(spec.additional_contexts)
  ) {
    spec.additional_contexts = Object.fromEntries(
      Object.entries(spec.additional_contexts as Raw).map(([name, value]) => [
        name,
        typeof value === 'string' && !isRemoteContext(value) ? resolveHostPath(value, dir, home) : value,
      ]),
    );
  }
  return spec;
}

function resolveFileList(value: unknown, dir: string, home: string): unknown {
  const one = (entry: unknown) => {
    if (typeof entry === 'string') return resolveHostPath(entry, dir, home);
    const spec = entry as Raw;
    return typeof spec?.path === 'string' ? { ...spec, path: resolveHostPath(spec.path, dir, home) } : entry;
  };
  return Array.isArray(value) ? value.map(one) : one(value);
}

/**
 * A service from another folder (an included project, or `extends` from another file) with
 * its host paths made absolute against that folder, as both CLIs resolve them, so that the
 * merged project can be checked as one.
 */
export function resolveServicePaths(spec: Raw, dir: string, home: string): Raw {
  if (!spec || typeof spec !== 'object') return spec;
  const out = { ...spec };
  if (Array.isArray(out.volumes)) out.volumes = out.volumes.map((entry) => resolveVolume(entry, dir, home));
  if (out.build !== undefined) out.build = resolveBuild(out.build, dir, home);
  for (const key of ['env_file', 'label_file'])
    if (out[key] !== undefined) out[key] = resolveFileList(out[key], dir, home);
  return out;
}

/** Top-level secrets and configs read from files, made absolute against their project folder. */
export function resolveResourcePaths(raw: Raw, dir: string, home: string): Raw {
  const out = { ...raw };
  for (const section of ['secrets', 'configs']) {
    const resources = out[section];
    if (!resources || typeof resources !== 'object') continue;
    out[section] = Object.fromEntries(
      Object.entries(resources as Raw).map(([name, spec]) => {
        const file = (spec as Raw)?.file;
        return [
          name,
          typeof file === 'string' ? { ...(spec as Raw), file: resolveHostPath(file, dir, home) } : spec,
        ];
      }),
    );
  }
  return out;
}
