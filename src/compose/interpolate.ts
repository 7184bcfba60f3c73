import { ToolError } from '../errors.js';
import { childPath } from './yaml-source.js';

export interface InterpolationResult {
  value: string;
  /** Variables that were used but not set (they became empty strings). */
  unset: string[];
}

/** A variable reference that cannot be expanded, at a path like `services.web.image`. */
export class InterpolationError extends ToolError {
  constructor(
    message: string,
    hint: string,
    readonly path: string,
  ) {
    super('INVALID_ARGUMENT', message, hint);
  }
}

const NAME = /^[A-Za-z_][A-Za-z0-9_]*/;

/** Finds the `}` closing a `${` whose body starts at `start`, skipping nested `${…}`. */
function closingBrace(text: string, start: number): number {
  let depth = 1;
  for (let i = start; i < text.length; i++) {
    if (text[i] === '$' && text[i + 1] === '{') {
      depth++;
      i++;
    } else if (text[i] === '}' && --depth === 0) {
      return i;
    }
  }
  return -1;
}

/**
 * Expands `$VAR`, `${VAR}`, `${VAR:-default}`, `${VAR-default}`, `${VAR:?error}`,
 * `${VAR?error}`, `${VAR:+alt}`, `${VAR+alt}` and `$$` as the Compose Specification says.
 * Defaults and alternatives may themselves contain variables.
 */
export function interpolateString(
  text: string,
  env: Record<string, string | undefined>,
  where = '',
): InterpolationResult {
  const unset: string[] = [];
  let out = '';
  let i = 0;
  while (i < text.length) {
    const char = text[i];
    if (char !== '$') {
      out += char;
      i++;
      continue;
    }
    const next = text[i + 1];
    if (next === '$') {
      out += '$';
      i += 2;
      continue;
    }
    if (next === '{') {
      const end = closingBrace(text, i + 2);
      if (end < 0) throw invalid(where, text, 'a "${" is never closed');
      out += expandBraced(text.slice(i + 2, end), env, where, unset, text);
      i = end + 1;
      continue;
    }
    const name = NAME.exec(text.slice(i + 1))?.[0];
    if (!name) {
      out += '$';
      i++;
      continue;
    }
    const value = env[name];
    if (value === undefined) unset.push(name);
    out += value ?? '';
    i += 1 + name.length;
  }
  return { value: out, unset };
}

function expandBraced(
  body: string,
  env: Record<string, string | undefined>,
  where: string,
  unset: string[],
  whole: string,
): string {
  const name = NAME.exec(body)?.[0];
  if (!name) throw invalid(where, whole, `"\${${body}}" is not a valid variable reference`);
  const rest = body.slice(name.length);
  const value = env[name];
  const nested = (text: string) => {
    const result = interpolateString(text, env, where);
    unset.push(...result.unset);
    return result.value;
  };
  if (rest === '') {
    if (value === undefined) unset.push(name);
    return value ?? '';
  }
  const operator = /^(:-|-|:\?|\?|:\+|\+)/.exec(rest)?.[0];
  if (!operator) throw invalid(where, whole, `"\${${body}}" uses an unknown operator`);
  const argument = rest.slice(operator.length);
  const emptyCounts = operator.startsWith(':');
  const missing = value === undefined || (emptyCounts && value === '');
  switch (operator) {
    case ':-':
    case '-':
      return missing ? nested(argument) : (value as string);
    case ':+':
    case '+':
      return missing ? '' : nested(argument);
    default:
      if (missing) {
        throw new InterpolationError(
          `${where ? `${where}: ` : ''}required variable ${name} is missing a value${argument ? `: ${nested(argument)}` : ''}.`,
          `Set ${name} in the environment or in the project's .env file.`,
          where,
        );
      }
      return value as string;
  }
}

function invalid(where: string, text: string, reason: string): InterpolationError {
  return new InterpolationError(
    `${where ? `${where}: ` : ''}invalid interpolation in "${text}": ${reason}.`,
    `Write variables as \${NAME} or \${NAME:-default}; write a literal dollar sign as $$.`,
    where,
  );
}

/**
 * True when a `${` opens inside a `${...}` before its first `}`: Compose v2 reads that as a
 * nested reference, v1 as a default that ends at the first `}` (`${HOME:-${X}/../etc/}` is
 * `$HOME` to v2 and `$HOME/../etc/}` to v1).
 */
export function nestsReference(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    if (text[i] !== '$') continue;
    if (text[i + 1] === '$') {
      i++;
      continue;
    }
    if (text[i + 1] !== '{') continue;
    const end = text.indexOf('}', i + 2);
    if (end < 0) return false;
    if (text.slice(i + 2, end).includes('${')) return true;
    i = end;
  }
  return false;
}

/**
 * Interpolates every string value (not keys) of a parsed file, reporting unset variables by path.
 * Security: a reference the two Compose CLIs read differently is refused, so that what is
 * checked is what either of them runs.
 */
export function interpolateTree(
  value: unknown,
  env: Record<string, string | undefined>,
  path = '',
  unset: Map<string, string> = new Map(),
  interpolated: Set<string> = new Set(),
): unknown {
  if (typeof value === 'string') {
    if (value.includes('$')) interpolated.add(path);
    if (nestsReference(value)) {
      throw new InterpolationError(
        `${path}: "${value}" nests a variable inside another; Compose v1 and v2 read that differently.`,
        'Set the default in .env instead, or use one level of variables.',
        path,
      );
    }
    const result = interpolateString(value, env, path);
    for (const name of result.unset) if (!unset.has(name)) unset.set(name, path);
    return result.value;
  }
  if (Array.isArray(value))
    return value.map((item, index) =>
      interpolateTree(item, env, childPath(path, index), unset, interpolated),
    );
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value))
      out[key] = interpolateTree(item, env, childPath(path, key), unset, interpolated);
    return out;
  }
  return value;
}
