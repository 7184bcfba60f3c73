import type { AnyTool } from '../../src/toolkit/tool.js';
import composeConfig from './config.js';
import composeDown from './down.js';
import composeGenerate from './generate.js';
import composeLogs from './logs.js';
import composePs from './ps.js';
import composeRestart from './restart.js';
import composeUp from './up.js';
import composeValidate from './validate.js';

export const composeTools: AnyTool[] = [
  composeUp,
  composeDown,
  composePs,
  composeLogs,
  composeRestart,
  composeConfig,
  composeValidate,
  composeGenerate,
];
