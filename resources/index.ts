import type { ResourceTemplateDefinition } from '../src/toolkit/resource.js';
import images from './images.js';
import logs from './logs.js';
import patterns from './patterns.js';
import rules from './rules.js';

/** Every resource template, in one explicit list. */
export const resourceTemplates: ResourceTemplateDefinition[] = [rules, patterns, logs, images];
