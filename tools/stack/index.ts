import type { AnyTool } from '../../src/tool.js';

export const stackTools: AnyTool[] = [];
