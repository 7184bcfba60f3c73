import type { ResourceContext } from './resource.js';

/** One MCP prompt: arguments (with optional completion) and a renderer. */
export interface PromptArgument {
  name: string;
  description: string;
  required?: boolean;
  /** Values to offer for completion, given what the user typed so far. */
  complete?: (ctx: ResourceContext, typed: string) => Promise<string[]>;
}

export interface PromptDefinition {
  name: string;
  title: string;
  description: string;
  arguments: PromptArgument[];
  /** The text of the single user message the prompt produces. */
  render(args: Record<string, string | undefined>): string;
}

export function definePrompt(definition: PromptDefinition): PromptDefinition {
  return definition;
}
