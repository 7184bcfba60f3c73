import type { ResourceTemplateDefinition } from '../resource.js';

/** Every resource template, in one explicit list. */
export const resourceTemplates: ResourceTemplateDefinition[] = [];
