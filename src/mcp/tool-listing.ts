import type { AnyTool, ToolKind } from '../toolkit/tool.js';
import type { describeTool } from './catalog.js';

export interface ListedTool {
  toolset: string;
  kind: ToolKind;
  entry: ReturnType<typeof describeTool>;
}

/** Set by scripts/build.mjs: the tools/list entries of every tool, computed at build time. */
declare const __DOCKWRIGHT_TOOL_LIST__: string | undefined;

/** Every tool's tools/list entry. */
export function buildToolList(tools: AnyTool[], describe: typeof describeTool): ListedTool[] {
  return tools.map((tool) => ({ toolset: tool.toolset, kind: tool.kind, entry: describe(tool) }));
}

/**
 * The tool list without loading any tool: the bundle carries it precomputed, so start-up
 * and tools/list cost the same however many tools there are. Unbundled (tests, development)
 * it is computed from the definitions.
 */
export async function listAllTools(): Promise<ListedTool[]> {
  if (typeof __DOCKWRIGHT_TOOL_LIST__ === 'string')
    return JSON.parse(__DOCKWRIGHT_TOOL_LIST__) as ListedTool[];
  const [{ allTools }, { describeTool }] = await Promise.all([
    import('../../tools/index.js'),
    import('./catalog.js'),
  ]);
  return buildToolList(allTools, describeTool);
}

/** The definitions themselves, loaded on the first tool call. */
export async function loadAllTools(): Promise<AnyTool[]> {
  return (await import('../../tools/index.js')).allTools;
}

/**
 * Security: `confirm: true` counts only under --allow-confirm-argument; without it the user is
 * asked (elicitation), so the field is not offered, and a model is not invited to set it.
 */
export function offeredEntry(listed: ListedTool, confirmArgument: boolean): ListedTool['entry'] {
  const { entry } = listed;
  const properties = entry.inputSchema.properties as Record<string, unknown> | undefined;
  if (confirmArgument || !properties?.confirm) return entry;
  const { confirm: _confirm, ...others } = properties;
  return { ...entry, inputSchema: { ...entry.inputSchema, properties: others } };
}
