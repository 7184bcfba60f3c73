import type { z } from 'zod';
import type { ToolContext } from './context.js';

/** read: changes nothing. write: creates or changes. destructive: removes or overwrites. */
export type ToolKind = 'read' | 'write' | 'destructive';

export const TOOLSETS = [
  'system',
  'container',
  'image',
  'network',
  'volume',
  'registry',
  'dockerfile',
  'project',
  'compose',
  'stack',
  'k8s',
  'scan',
  'pattern',
] as const;
export type Toolset = (typeof TOOLSETS)[number];

export interface ToolDefinition<I extends z.ZodObject = z.ZodObject, O extends z.ZodObject = z.ZodObject> {
  name: string;
  toolset: Toolset;
  kind: ToolKind;
  title: string;
  description: string;
  input: I;
  output: O;
  /** Whether the tool reaches outside this machine (registries, remote engines). */
  openWorld?: boolean;
  /**
   * Asks the user in some cases (e.g. before acting on what dockwright did not create), so it
   * gains the `confirm` field that destructive tools have.
   */
  mayConfirm?: boolean;
  /** The confirmation question of a destructive tool, when its arguments alone do not say it plainly. */
  describeAction?(input: z.output<I>): string;
  handle(ctx: ToolContext, input: z.output<I>): Promise<z.input<O>>;
  /** The first line of the text content; the result's fields follow it (see result-text.ts). */
  summary(output: z.output<O>): string;
  /** Fields the text shows before the others, when its budget may not hold them all. */
  textFirst?: readonly (keyof z.output<O> & string)[];
}

export function defineTool<I extends z.ZodObject, O extends z.ZodObject>(
  definition: ToolDefinition<I, O>,
): ToolDefinition<I, O> {
  return definition;
}

export interface ToolAnnotations {
  readOnlyHint?: true;
  destructiveHint?: boolean;
  openWorldHint: boolean;
}

/**
 * The one place where a tool's kind becomes MCP hints, listed only where MCP's default is
 * wrong: readOnlyHint defaults to false, destructiveHint (true) and idempotentHint (false)
 * mean something only when readOnlyHint is false, openWorldHint defaults to true.
 */
export function annotationsFor(tool: Pick<ToolDefinition, 'kind' | 'openWorld'>): ToolAnnotations {
  return {
    ...(tool.kind === 'read' ? { readOnlyHint: true } : { destructiveHint: tool.kind === 'destructive' }),
    openWorldHint: tool.openWorld ?? false,
  };
}

/** A tool of any schema, as the catalogue holds them. */
// biome-ignore lint/suspicious/noExplicitAny: the catalogue erases each tool's own schema types.
export type AnyTool = ToolDefinition<any, any>;

/** Whether a tool is offered under --read-only and --toolsets. */
export function isToolEnabled(
  config: { readOnly: boolean; toolsets?: readonly string[] },
  tool: { kind: ToolKind; toolset: string },
): boolean {
  return (
    (!config.readOnly || tool.kind === 'read') && (!config.toolsets || config.toolsets.includes(tool.toolset))
  );
}
