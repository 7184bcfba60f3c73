import type { AnyTool } from '../../src/tool.js';
import generate from './generate.js';
import lint from './lint.js';

export const dockerfileTools: AnyTool[] = [lint, generate];
