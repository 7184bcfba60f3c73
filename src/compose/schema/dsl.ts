import { childPath } from '../yaml-source.js';

/** One thing wrong with a compose file, at a path like `services.web.ports[0]`. */
export interface SchemaIssue {
  path: string;
  message: string;
}

export interface Schema {
  /** How the expected value is described in messages ("a string", "a duration like 30s"). */
  expects: string;
  check(value: unknown, path: string, issues: SchemaIssue[]): void;
}

type JsType = 'string' | 'number' | 'boolean' | 'array' | 'object' | 'null';

export function jsTypeOf(value: unknown): JsType {
  if (value === null || value === undefined) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value as JsType;
}

function describeValue(value: unknown): string {
  const type = jsTypeOf(value);
  if (type === 'string') return `the string ${JSON.stringify(value)}`;
  if (type === 'number' || type === 'boolean') return `${type} ${String(value)}`;
  return type === 'array' ? 'a list' : type === 'object' ? 'a mapping' : 'null';
}

function mismatch(schema: { expects: string }, value: unknown, path: string, issues: SchemaIssue[]) {
  issues.push({ path, message: `must be ${schema.expects}, not ${describeValue(value)}` });
}

function leaf(expects: string, test: (value: unknown) => boolean): Schema {
  const schema: Schema = {
    expects,
    check(value, path, issues) {
      if (!test(value)) mismatch(schema, value, path, issues);
    },
  };
  return schema;
}

export const str = () => leaf('a string', (v) => typeof v === 'string');
export const bool = () => leaf('a boolean (true or false)', (v) => typeof v === 'boolean');
export const int = () => leaf('an integer', (v) => Number.isInteger(v));
export const num = () => leaf('a number', (v) => typeof v === 'number');
export const strOrNum = () =>
  leaf('a string or a number', (v) => typeof v === 'string' || typeof v === 'number');
export const scalar = () =>
  leaf('a string, number or boolean', (v) => ['string', 'number', 'boolean', 'null'].includes(jsTypeOf(v)));
export const any = (): Schema => ({ expects: 'any value', check() {} });

export function pattern(regex: RegExp, expects: string): Schema {
  return leaf(expects, (v) => typeof v === 'string' && regex.test(v));
}

export function enumOf(...values: (string | number)[]): Schema {
  return leaf(`one of ${values.map((v) => JSON.stringify(v)).join(', ')}`, (v) =>
    values.includes(v as string),
  );
}

const DURATION = /^(\d+(\.\d+)?(ns|us|µs|ms|s|m|h))+$/;
export const duration = () =>
  leaf('a duration like "30s", "1m30s" or "500ms"', (v) => typeof v === 'string' && DURATION.test(v));

const BYTES = /^\d+(\.\d+)?\s*([kmgtp]?b?|[kmgtp]i?b?)?$/i;
export const byteSize = () =>
  leaf(
    'a size in bytes like 512m, "1gb" or 1048576',
    (v) => Number.isInteger(v) || (typeof v === 'string' && BYTES.test(v)),
  );

export function list(item: Schema, options: { unique?: boolean } = {}): Schema {
  return {
    expects: `a list of ${item.expects.replace(/^an? /, '')}s`,
    check(value, path, issues) {
      if (!Array.isArray(value)) return mismatch(this, value, path, issues);
      for (const [index, entry] of value.entries()) item.check(entry, childPath(path, index), issues);
      if (options.unique) {
        const seen = new Set<string>();
        value.forEach((entry, index) => {
          const key = JSON.stringify(entry);
          if (seen.has(key))
            issues.push({ path: childPath(path, index), message: `repeats ${describeValue(entry)}` });
          seen.add(key);
        });
      }
    },
  };
}

/** A mapping from free-form names to values of one schema. */
export function mapOf(value: Schema, keyPattern?: { regex: RegExp; expects: string }): Schema {
  return {
    expects: 'a mapping',
    check(input, path, issues) {
      if (jsTypeOf(input) !== 'object') return mismatch(this, input, path, issues);
      for (const [key, entry] of Object.entries(input as object)) {
        if (keyPattern && !keyPattern.regex.test(key)) {
          issues.push({
            path: childPath(path, key),
            message: `name "${key}" is not valid: ${keyPattern.expects}`,
          });
        }
        value.check(entry, childPath(path, key), issues);
      }
    },
  };
}

/** `KEY=value` list or `KEY: value` mapping (environment, labels, sysctls, …). */
export function listOrDict(): Schema {
  return byType('a list of "KEY=value" strings or a mapping', {
    array: list(str(), { unique: true }),
    object: mapOf(scalar()),
  });
}

/** Chooses a schema by the value's YAML type: the way the specification's alternatives differ. */
export function byType(expects: string, branches: Partial<Record<JsType, Schema>>): Schema {
  return {
    expects,
    check(value, path, issues) {
      const branch = branches[jsTypeOf(value)];
      if (!branch) return mismatch(this, value, path, issues);
      branch.check(value, path, issues);
    },
  };
}

export type Shape = Record<string, Schema>;

/** A mapping with known keys; `x-` extension keys are always allowed. */
export function obj(shape: Shape, options: { required?: string[]; name?: string } = {}): Schema {
  return {
    expects: options.name ?? 'a mapping',
    check(value, path, issues) {
      if (jsTypeOf(value) !== 'object') return mismatch(this, value, path, issues);
      const record = value as Record<string, unknown>;
      for (const key of options.required ?? []) {
        if (!(key in record)) issues.push({ path, message: `is missing the required key "${key}"` });
      }
      for (const [key, entry] of Object.entries(record)) {
        if (key.startsWith('x-')) continue;
        const schema = shape[key];
        if (!schema) {
          issues.push({ path: childPath(path, key), message: unknownKeyMessage(key, Object.keys(shape)) });
          continue;
        }
        schema.check(entry, childPath(path, key), issues);
      }
    },
  };
}

function unknownKeyMessage(key: string, known: string[]): string {
  const close = known.find((candidate) => editDistance(candidate, key) <= 2);
  return `is not a known key${close ? ` (did you mean "${close}"?)` : ''}`;
}

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length];
}

/** Adds a check that runs after the structural one (for value syntaxes such as port strings). */
export function refine(
  schema: Schema,
  extra: (value: unknown, path: string, issues: SchemaIssue[]) => void,
): Schema {
  return {
    expects: schema.expects,
    check(value, path, issues) {
      const before = issues.length;
      schema.check(value, path, issues);
      if (issues.length === before) extra(value, path, issues);
    },
  };
}
