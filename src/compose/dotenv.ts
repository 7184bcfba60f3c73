import { ToolError } from '../errors.js';
import { interpolateString } from './interpolate.js';

interface DotenvEntry {
  name: string;
  value: string;
  quote: '"' | "'" | '';
  line: number;
}

function parseEntries(text: string): DotenvEntry[] {
  const entries: DotenvEntry[] = [];
  const lines = text.split(/\r?\n/);
  for (let index = 0; index < lines.length; index++) {
    const lineNumber = index + 1;
    const line = lines[index].trim();
    if (!line || line.startsWith('#')) continue;
    const match = /^(?:export\s+)?([A-Za-z_][A-Za-z0-9_.-]*)\s*(?:=\s*(.*))?$/.exec(line);
    if (!match) continue;
    const [, name, rawValue = ''] = match;
    let value = rawValue;
    const quote = value[0] === '"' || value[0] === "'" ? value[0] : '';
    if (quote) {
      let body = value.slice(1);
      while (!body.includes(quote) && index + 1 < lines.length) body += `\n${lines[++index]}`;
      body = body.slice(0, body.lastIndexOf(quote) >= 0 ? body.lastIndexOf(quote) : body.length);
      value = quote === '"' ? body.replace(/\\n/g, '\n').replace(/\\"/g, '"').replace(/\\\\/g, '\\') : body;
    } else {
      value = value.replace(/\s+#.*$/, '').trim();
    }
    entries.push({ name, value, quote, line: lineNumber });
  }
  return entries;
}

/**
 * Parses a `.env` or env_file as Compose reads it: `NAME=value`, optional `export `, comments,
 * single quotes (literal), double quotes (with \n escapes), and unquoted values with
 * trailing ` # comment` removed. No interpolation (service env_files).
 */
export function parseDotenv(text: string): Record<string, string> {
  return Object.fromEntries(parseEntries(text).map((entry) => [entry.name, entry.value]));
}

/** Compose v1 (python-dotenv): only `${NAME}` and `${NAME:-default}`, in any quotes, the file's own values first. */
function expandLikeV1(value: string, lookup: (name: string) => string | undefined): string {
  return value.replace(/\$\{([^}:]*)(?::-([^}]*))?\}/g, (_, name: string, fallback?: string) => {
    return lookup(name) ?? fallback ?? '';
  });
}

/**
 * Parses the project's `.env`, expanding `${NAME}` in values as Compose does (so
 * `SRC=./${UP}` is the path it becomes). Security: the two CLIs expand differently (v1:
 * also inside single quotes, no `$NAME`, the file's values before the environment; v2:
 * full syntax, the environment first), so a value they would read differently is refused
 * rather than checked under one reading and run under the other.
 */
export function parseProjectDotenv(
  text: string,
  environment: Record<string, string | undefined>,
  file: string,
): Record<string, string> {
  const values: Record<string, string> = {};
  for (const entry of parseEntries(text)) {
    const v2 =
      entry.quote === "'"
        ? entry.value
        : interpolateString(entry.value, { ...values, ...environment }, `${file}:${entry.line}`).value;
    const v1 = expandLikeV1(entry.value, (name) => values[name] ?? environment[name]);
    if (v1 !== v2) {
      throw new ToolError(
        'INVALID_ARGUMENT',
        `${file}:${entry.line}: Compose v1 and v2 read the value of ${entry.name} differently ("${v1}" and "${v2}").`,
        'Reference variables as a dollar sign and {NAME} or {NAME:-default}, unquoted or in double quotes; put a value with a literal $ (a password) in single quotes.',
      );
    }
    values[entry.name] = v2;
  }
  return values;
}
