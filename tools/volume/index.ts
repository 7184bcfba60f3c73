import type { AnyTool } from '../../src/toolkit/tool.js';
import create from './create.js';
import inspect from './inspect.js';
import list from './list.js';
import remove from './remove.js';

export const volumeTools: AnyTool[] = [list, inspect, create, remove];
