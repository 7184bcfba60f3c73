import type { AnyTool } from '../../src/toolkit/tool.js';
import fix from './fix.js';
import generate from './generate.js';
import lint from './lint.js';
import rule from './rule.js';

export const dockerfileTools: AnyTool[] = [lint, fix, rule, generate];
