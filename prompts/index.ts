import type { PromptDefinition } from '../src/prompt.js';

/** Every prompt, in one explicit list. */
export const allPrompts: PromptDefinition[] = [];
