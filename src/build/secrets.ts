import { readFile } from 'node:fs/promises';
import type { BuildSecret } from '../engine/build-types.js';
import { ToolError } from '../errors.js';
import { envNotAllowed, isEnvAllowed } from '../security/environment.js';
import { MASK } from '../security/secrets.js';
import type { Workspace } from '../workspace.js';

/** Where a build secret's value comes from; the value itself never passes through arguments. */
export interface SecretSource {
  id: string;
  file?: string;
  env?: string;
}

const SECRET_ID = /^[A-Za-z0-9_.-]{1,128}$/;

/** Reads each secret from its workspace file or environment variable. */
export async function loadSecrets(
  sources: SecretSource[],
  workspace: Workspace,
  allowEnv: readonly string[],
  env: NodeJS.ProcessEnv = process.env,
): Promise<BuildSecret[]> {
  const secrets: BuildSecret[] = [];
  for (const source of sources) {
    if (!SECRET_ID.test(source.id)) {
      throw new ToolError(
        'INVALID_ARGUMENT',
        `Secret id "${source.id}" is not valid.`,
        'Use letters, digits, ".", "_" or "-".',
      );
    }
    if (Boolean(source.file) === Boolean(source.env)) {
      throw new ToolError(
        'INVALID_ARGUMENT',
        `Secret "${source.id}" needs exactly one of "file" or "env".`,
        'Give the workspace file or the environment variable that holds the value.',
      );
    }
    if (source.env) {
      if (!isEnvAllowed(allowEnv, source.env)) throw envNotAllowed(source.env, `Secret "${source.id}"`);
      const value = env[source.env];
      if (value === undefined) {
        throw new ToolError(
          'INVALID_ARGUMENT',
          `Secret "${source.id}": the environment variable ${source.env} is not set for the dockwright process.`,
          'Set it in the environment dockwright starts with, or use a file in the workspace.',
        );
      }
      secrets.push({ id: source.id, value: Buffer.from(value) });
      continue;
    }
    const file = workspace.resolve(source.file!, 'read the secret file');
    const value = await readFile(file).catch(() => {
      throw new ToolError(
        'NOT_FOUND',
        `Secret "${source.id}": cannot read ${source.file}.`,
        'Check the file exists in the workspace.',
      );
    });
    secrets.push({ id: source.id, value });
  }
  return secrets;
}

/** Masks every secret value (and each of its lines) in text that may reach the client. */
export function secretRedactor(secrets: BuildSecret[]): (text: string) => string {
  const values = secrets
    .flatMap((secret) => {
      const text = secret.value.toString('utf8');
      return [text, text.trim(), ...text.split(/\r?\n/)];
    })
    .filter((value) => value.trim().length >= 4)
    .sort((a, b) => b.length - a.length);
  if (values.length === 0) return (text) => text;
  return (text) => values.reduce((masked, value) => masked.split(value).join(MASK), text);
}
