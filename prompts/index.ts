import type { PromptDefinition } from '../src/toolkit/prompt.js';
import composeSetup from './compose-setup.js';
import containerize from './containerize.js';
import harden from './harden.js';
import shrink from './shrink.js';
import troubleshoot from './troubleshoot.js';

/** Every prompt, in one explicit list. */
export const allPrompts: PromptDefinition[] = [containerize, harden, shrink, troubleshoot, composeSetup];
