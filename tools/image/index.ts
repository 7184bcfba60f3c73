import type { AnyTool } from '../../src/tool.js';

export const imageTools: AnyTool[] = [];
