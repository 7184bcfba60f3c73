import { z } from 'zod';
import { allTools } from '../tools/index.js';
import type { ServerConfig } from './config.js';
import type { AnyTool } from './tool.js';
import { annotationsFor } from './tool.js';

const confirmField = z
  .boolean()
  .optional()
  .describe('Set true to confirm this destructive action when the client cannot ask the user itself.');

/** The schema a client sees and the server parses: destructive tools gain `confirm`. */
export function inputSchemaOf(tool: AnyTool): z.ZodObject {
  return tool.kind === 'destructive' ? tool.input.extend({ confirm: confirmField }) : tool.input;
}

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
    // Output descriptions help no caller choose a tool; input descriptions are kept.
    if (io === 'output' && key === 'description' && typeof value === 'string') continue;
    out[key] = compact(value, io);
  }
  return out;
}

/**
 * Output schemas are cut below OUTPUT_DEPTH levels of nesting: every tools/list pays for
 * them in every conversation, while the server validates each result against the full
 * zod schema anyway. Deeper objects stay typed as objects, arrays keep their items.
 */
const OUTPUT_DEPTH = 1;
function shallow(node: Record<string, unknown>, depth: number): Record<string, unknown> {
  if (node.type === 'array' && node.items && typeof node.items === 'object') {
    return { ...node, items: shallow(node.items as Record<string, unknown>, depth + 1) };
  }
  if (node.type !== 'object' || !node.properties) return node;
  if (depth >= OUTPUT_DEPTH) return { type: 'object' };
  const properties = Object.fromEntries(
    Object.entries(node.properties as Record<string, Record<string, unknown>>).map(([k, v]) => [
      k,
      shallow(v, depth + 1),
    ]),
  );
  return { ...node, properties };
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
    outputSchema: shallow(jsonSchema(tool.output, 'output'), 0) as { type: 'object'; [key: string]: unknown },
    annotations: annotationsFor(tool),
  };
}

/** The tools this server offers under its configuration (--read-only, --toolsets). */
export function enabledTools(
  config: Pick<ServerConfig, 'readOnly' | 'toolsets'>,
  tools: AnyTool[] = allTools,
) {
  return tools.filter(
    (tool) =>
      (!config.readOnly || tool.kind === 'read') &&
      (!config.toolsets || config.toolsets.includes(tool.toolset)),
  );
}
