import type { AnyTool } from '../../src/tool.js';
import info from './info.js';
import prune from './prune.js';

export const systemTools: AnyTool[] = [info, prune];
