import type { AnyTool } from '../../src/toolkit/tool.js';
import info from './info.js';
import prune from './prune.js';

export const systemTools: AnyTool[] = [info, prune];
