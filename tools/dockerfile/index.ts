import type { AnyTool } from '../../src/tool.js';
import fix from './fix.js';
import generate from './generate.js';
import lint from './lint.js';

export const dockerfileTools: AnyTool[] = [lint, fix, generate];
