import type { AnyTool } from '../../src/tool.js';
import info from './info.js';

export const systemTools: AnyTool[] = [info];
