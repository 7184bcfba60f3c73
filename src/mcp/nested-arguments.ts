import type { z } from 'zod';
import { ToolError } from '../errors.js';

interface UnknownKey {
  /** Dotted path of the unknown key, e.g. `secrets.0.name`. */
  path: string;
  /** The keys the object at that place takes. */
  valid: string[];
}

type Def = Record<string, unknown> & { type: string };
const defOf = (schema: z.ZodType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;

const WRAPPERS = new Set(['optional', 'nullable', 'default', 'prefault', 'readonly', 'catch', 'nonoptional']);
const isRecord = (value: unknown): value is Record<string, unknown> =>
  !!value && typeof value === 'object' && !Array.isArray(value);

/**
 * Keys inside nested objects that the schema does not take. zod drops them silently, like
 * unknown top-level arguments. Checked here instead of with zod's .strict(), which would add
 * `additionalProperties: false` to every nested object in tools/list.
 */
export function unknownNestedKeys(schema: z.ZodType, value: unknown, at: string[] = []): UnknownKey[] {
  const def = defOf(schema);
  if (WRAPPERS.has(def.type)) return unknownNestedKeys(def.innerType as z.ZodType, value, at);
  if (def.type === 'pipe') return unknownNestedKeys(def.in as z.ZodType, value, at);
  if (def.type === 'lazy') return unknownNestedKeys((def.getter as () => z.ZodType)(), value, at);
  if (def.type === 'array' && Array.isArray(value))
    return value.flatMap((item, index) =>
      unknownNestedKeys(def.element as z.ZodType, item, [...at, `${index}`]),
    );
  if (def.type === 'record' && isRecord(value))
    return Object.entries(value).flatMap(([key, item]) =>
      unknownNestedKeys(def.valueType as z.ZodType, item, [...at, key]),
    );
  if (def.type === 'union') {
    const options = (def.options as z.ZodType[]).map((option) => unknownNestedKeys(option, value, at));
    return options.find((found) => found.length === 0) ?? options[0] ?? [];
  }
  if (def.type !== 'object' || !isRecord(value)) return [];
  const shape = def.shape as Record<string, z.ZodType>;
  const open = def.catchall !== undefined && defOf(def.catchall as z.ZodType).type !== 'never';
  return Object.entries(value).flatMap(([key, item]): UnknownKey[] => {
    if (Object.hasOwn(shape, key)) return unknownNestedKeys(shape[key], item, [...at, key]);
    return open ? [] : [{ path: [...at, key].join('.'), valid: Object.keys(shape) }];
  });
}

export function unknownNestedKeysError(tool: string, unknown: UnknownKey[]): ToolError {
  const [first] = unknown;
  const more =
    unknown.length > 1
      ? ` (and ${unknown
          .slice(1)
          .map((key) => `"${key.path}"`)
          .join(', ')})`
      : '';
  const parent = first.path.split('.').slice(0, -1).join('.');
  return new ToolError(
    'INVALID_ARGUMENT',
    `${tool} does not take "${first.path}"${more}. "${parent}" takes: ${first.valid.join(', ') || '(nothing)'}.`,
    'Call again with the key names above.',
  );
}
