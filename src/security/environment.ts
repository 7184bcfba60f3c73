import { ToolError } from '../errors.js';

/**
 * Names that are never handed out, whatever the allow-list says: the server's own token
 * and settings. Security: a model must not be able to read them through a build secret or
 * Compose interpolation.
 */
const ALWAYS_REFUSED = /^DOCKWRIGHT_/i;

const NAME = /^[A-Za-z_][A-Za-z0-9_]*\*?$/;

/**
 * The allow-list from `--allow-env A,B` flags and DOCKWRIGHT_ALLOW_ENV: variable names,
 * or prefixes ending in `*` (`APP_*`).
 */
export function parseAllowEnv(flags: readonly string[] = [], env: NodeJS.ProcessEnv = process.env): string[] {
  const names = [...flags, env.DOCKWRIGHT_ALLOW_ENV ?? '']
    .flatMap((value) => value.split(','))
    .map((name) => name.trim())
    .filter(Boolean);
  const bad = names.find((name) => !NAME.test(name) || name === '*');
  if (bad) {
    throw new ToolError(
      'INVALID_ARGUMENT',
      `--allow-env "${bad}" is not a variable name or a NAME_* prefix.`,
      'List names like --allow-env NPM_TOKEN,APP_* (a bare * is not accepted).',
    );
  }
  return [...new Set(names)];
}

/**
 * Whether the server may read environment variable `name` on a client's behalf (build
 * secrets `{env: NAME}`, Compose `${NAME}` interpolation). Only names the user allowed at
 * start, and never DOCKWRIGHT_*.
 */
export function isEnvAllowed(allowList: readonly string[], name: string): boolean {
  if (ALWAYS_REFUSED.test(name)) return false;
  return allowList.some((allowed) =>
    allowed.endsWith('*') ? name.startsWith(allowed.slice(0, -1)) : allowed === name,
  );
}

/** The part of `env` a client may see: the allowed variables only. */
export function allowedEnvironment(
  allowList: readonly string[],
  env: NodeJS.ProcessEnv = process.env,
): Record<string, string> {
  const allowed: Record<string, string> = {};
  for (const [name, value] of Object.entries(env)) {
    if (value !== undefined && isEnvAllowed(allowList, name)) allowed[name] = value;
  }
  return allowed;
}

export function envNotAllowed(name: string, use: string): ToolError {
  return new ToolError(
    'REFUSED',
    `${use}: the environment variable ${name} is not on the server's allow-list.`,
    ALWAYS_REFUSED.test(name)
      ? "DOCKWRIGHT_* variables are the server's own settings and are never handed out."
      : `Start dockwright with --allow-env ${name} (or DOCKWRIGHT_ALLOW_ENV=${name}) to allow it, or use a secret file in the workspace.`,
  );
}
