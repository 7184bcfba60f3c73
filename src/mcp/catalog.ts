import { z } from 'zod';
import { ToolError } from '../errors.js';
import type { AnyTool } from '../toolkit/tool.js';
import { annotationsFor } from '../toolkit/tool.js';

const confirmField = z.boolean().optional().describe('If the client cannot ask the user.');

/** The schema a client sees and the server parses: destructive tools gain `confirm`. */
export function inputSchemaOf(tool: AnyTool): z.ZodObject {
  return tool.kind === 'destructive' ? tool.input.extend({ confirm: confirmField }) : tool.input;
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

const isStringOnly = (node: unknown): boolean =>
  !!node &&
  typeof node === 'object' &&
  Object.keys(node).length === 1 &&
  (node as { type?: unknown }).type === 'string';

/** Drops what costs bytes in every conversation and tells a client nothing. */
function compact(node: unknown, io: 'input' | 'output'): unknown {
  if (Array.isArray(node)) return node.map((item) => compact(item, io));
  if (!node || typeof node !== 'object') return node;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === '$schema') continue;
    if ((key === 'minimum' || key === 'maximum') && Math.abs(value as number) === Number.MAX_SAFE_INTEGER)
      continue;
    if (io === 'output' && key === 'additionalProperties' && value === false) continue;
    // JSON object keys are always strings.
    if (key === 'propertyNames' && isStringOnly(value)) continue;
    // zod's own format names (starts_with, ...) are unknown to JSON Schema; the pattern beside them says it.
    if (key === 'format' && ZOD_ONLY_FORMATS.has(value as string)) continue;
    // Output descriptions help no caller choose a tool; input descriptions are kept.
    if (io === 'output' && key === 'description' && typeof value === 'string') continue;
    out[key] = compact(value, io);
  }
  return out;
}

/** A property's JSON type(s) only: what a caller needs to read a result. */
function typeOf(node: Record<string, unknown>): Record<string, unknown> {
  if (node.type === 'array') {
    const items = (node.items ?? {}) as Record<string, unknown>;
    return { type: 'array', items: items.type ? { type: items.type } : {} };
  }
  if (node.type) return { type: node.type };
  const variants = (node.anyOf ?? node.oneOf) as Record<string, unknown>[] | undefined;
  const types = [...new Set(variants?.map((v) => v.type).filter((t): t is string => typeof t === 'string'))];
  return types.length === 1 ? { type: types[0] } : types.length ? { type: types } : {};
}

/**
 * The listed output schema names each top-level field with its type. Every tools/list pays
 * for schemas in every conversation, and the server validates each result against the full
 * zod schema before sending it, so the listing carries the shape, not every constraint.
 */
function outline(schema: Record<string, unknown>): Record<string, unknown> {
  const properties = (schema.properties ?? {}) as Record<string, Record<string, unknown>>;
  return {
    type: 'object',
    properties: Object.fromEntries(Object.entries(properties).map(([key, value]) => [key, typeOf(value)])),
  };
}

function jsonSchema(schema: z.ZodType, io: 'input' | 'output'): Record<string, unknown> {
  return compact(z.toJSONSchema(schema, { io, unrepresentable: 'any' }), io) as Record<string, unknown>;
}

/** The tools/list entry for one tool. */
export function describeTool(tool: AnyTool) {
  return {
    name: tool.name,
    title: tool.title,
    description: tool.description,
    inputSchema: jsonSchema(inputSchemaOf(tool), 'input') as { type: 'object'; [key: string]: unknown },
    outputSchema: outline(jsonSchema(tool.output, 'output')) as { type: 'object'; [key: string]: unknown },
    annotations: annotationsFor(tool),
  };
}
