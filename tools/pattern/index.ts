import type { AnyTool } from '../../src/toolkit/tool.js';
import patternDelete from './delete.js';
import patternGet from './get.js';
import patternSave from './save.js';
import patternSearch from './search.js';

export const patternTools: AnyTool[] = [patternSearch, patternGet, patternSave, patternDelete];
