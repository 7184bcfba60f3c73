import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { ToolError } from '../errors.js';
import { resolveResourcePaths, resolveServicePaths } from './host-paths.js';
import type { ComposeProject } from './model.js';

type Raw = Record<string, unknown>;

/** The project written once, as it was checked, for the Compose CLI or `docker stack deploy` to read. */
export interface CheckedFile {
  file: string;
  remove(): Promise<void>;
}

/** `$` is written `$$` so that the CLI, which interpolates again, reads the value dockwright checked. */
function escapeDollars(value: unknown, at: string): unknown {
  // A function, because `$$` in a replacement string means one `$`.
  if (typeof value === 'string') return value.replaceAll('$', () => '$$');
  if (Array.isArray(value)) return value.map((item, index) => escapeDollars(item, `${at}[${index}]`));
  if (!value || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, item]) => {
      // YAML 1.1 (Compose v1's parser) reads a `<<` key as a merge, even in JSON.
      if (key === '<<')
        throw new ToolError(
          'INVALID_ARGUMENT',
          `${at || 'the file'} has a key "<<" that is not a YAML merge; the Compose CLIs would read it differently.`,
          'Rename the key, or write the merge as a YAML merge key on an anchor.',
        );
      return [key, escapeDollars(item, at ? `${at}.${key}` : key)];
    }),
  );
}

function withLabels(labels: unknown, extra: Record<string, string>): unknown {
  if (Array.isArray(labels)) return [...labels, ...Object.entries(extra).map(([k, v]) => `${k}=${v}`)];
  return { ...((labels as Raw | undefined) ?? {}), ...extra };
}

/**
 * The merged project exactly as dockwright validated and checked it: interpolated, with
 * `include` and `extends` already resolved, and every host path (binds, build contexts,
 * env files, secret and config files) made absolute against the folder it was written for.
 * `labels` are added to every service.
 */
export function checkedDocument(project: ComposeProject, labels: Record<string, string> = {}): Raw {
  const doc = resolveResourcePaths(project.raw, project.workingDir, project.home);
  const services = (doc.services as Record<string, Raw> | undefined) ?? {};
  doc.services = Object.fromEntries(
    Object.entries(services).map(([name, spec]) => {
      const resolved = resolveServicePaths(spec ?? {}, project.workingDir, project.home);
      return [
        name,
        Object.keys(labels).length ? { ...resolved, labels: withLabels(resolved.labels, labels) } : resolved,
      ];
    }),
  );
  return escapeDollars(doc, '') as Raw;
}

/**
 * Security: the Compose CLI (and `docker stack deploy`) is handed this one file, in a folder
 * only this user can read, instead of the project's own files. A file changed after the
 * checks (by another process, or by the model through another tool while a call runs), or
 * one the CLI's YAML parser reads otherwise than ours, cannot change what is started. JSON,
 * because every YAML parser reads it alike: no bare word becomes a boolean in YAML 1.1.
 */
export async function writeCheckedFile(
  project: ComposeProject,
  labels: Record<string, string> = {},
): Promise<CheckedFile> {
  const content = `${JSON.stringify(checkedDocument(project, labels), null, 2)}\n`;
  const folder = await mkdtemp(path.join(os.tmpdir(), 'dockwright-compose-'));
  const file = path.join(folder, 'compose.yaml');
  try {
    await writeFile(file, content, { mode: 0o600 });
  } catch (error) {
    await rm(folder, { recursive: true, force: true });
    throw error;
  }
  return { file, remove: () => rm(folder, { recursive: true, force: true }) };
}
