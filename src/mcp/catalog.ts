import { z } from 'zod';
import { ToolError } from '../errors.js';
import type { AnyTool } from '../toolkit/tool.js';
import { annotationsFor } from '../toolkit/tool.js';

const confirmField = z.boolean().optional();

/** The schema a client sees and the server parses: tools that ask the user gain `confirm`. */
export function inputSchemaOf(tool: AnyTool): z.ZodObject {
  return tool.kind === 'destructive' || tool.mayConfirm
    ? tool.input.extend({ confirm: confirmField })
    : tool.input;
}

/**
 * Arguments the tool does not take. zod would drop them silently, and a call that meant
 * something else (`path` for `dir`) would then run on the defaults.
 */
export function unknownArguments(schema: z.ZodObject, args: Record<string, unknown>): string[] {
  return Object.keys(args).filter((key) => !Object.hasOwn(schema.shape, key));
}

export function unknownArgumentsError(tool: string, unknown: string[], schema: z.ZodObject): ToolError {
  const valid = Object.keys(schema.shape);
  const names = unknown.map((key) => `"${key}"`).join(', ');
  return new ToolError(
    'INVALID_ARGUMENT',
    `${tool} does not take ${names}. Its arguments are: ${valid.join(', ') || '(none)'}.`,
    'Call again with the argument names above (folders are "dir", files are "file").',
  );
}

const ZOD_ONLY_FORMATS = new Set(['starts_with', 'ends_with', 'includes']);
const BOUNDS = new Set([
  'minimum',
  'maximum',
  'exclusiveMinimum',
  'exclusiveMaximum',
  'minItems',
  'maxItems',
  'minLength',
  'maxLength',
]);

const isStringOnly = (node: unknown): boolean =>
  !!node &&
  typeof node === 'object' &&
  Object.keys(node).length === 1 &&
  (node as { type?: unknown }).type === 'string';

/**
 * Drops what costs bytes in every conversation and does not help a caller choose or call a
 * tool. Bounds and patterns go too: the server checks each call against the full zod schema
 * and its INVALID_ARGUMENT error names the rule that was broken.
 */
function compact(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(compact);
  if (!node || typeof node !== 'object') return node;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === '$schema' || key === 'pattern' || BOUNDS.has(key)) continue;
    // An absent boolean is false and an absent list empty to every tool.
    if (key === 'default' && (value === false || (Array.isArray(value) && value.length === 0))) continue;
    // JSON object keys are always strings.
    if (key === 'propertyNames' && isStringOnly(value)) continue;
    // zod's own format names (starts_with, ...) are unknown to JSON Schema.
    if (key === 'format' && ZOD_ONLY_FORMATS.has(value as string)) continue;
    out[key] = compact(value);
  }
  return out;
}

/** The tools/list entry for one tool. */
export function describeTool(tool: AnyTool) {
  return {
    name: tool.name,
    description: tool.description,
    inputSchema: compact(z.toJSONSchema(inputSchemaOf(tool), { io: 'input', unrepresentable: 'any' })) as {
      type: 'object';
      [key: string]: unknown;
    },
    annotations: annotationsFor(tool),
  };
}
