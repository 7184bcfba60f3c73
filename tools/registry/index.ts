import type { AnyTool } from '../../src/toolkit/tool.js';
import manifest from './manifest.js';
import tags from './tags.js';

export const registryTools: AnyTool[] = [tags, manifest];
