import type { AnyTool } from '../../src/toolkit/tool.js';
import exec from './exec.js';
import inspect from './inspect.js';
import list from './list.js';
import logs from './logs.js';
import remove from './remove.js';
import restart from './restart.js';
import run from './run.js';
import start from './start.js';
import stats from './stats.js';
import stop from './stop.js';

export const containerTools: AnyTool[] = [
  list,
  inspect,
  logs,
  run,
  exec,
  stop,
  start,
  restart,
  remove,
  stats,
];
