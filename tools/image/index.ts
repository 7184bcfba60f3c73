import type { AnyTool } from '../../src/toolkit/tool.js';
import analyze from './analyze.js';
import assess from './assess.js';
import build from './build.js';
import inspect from './inspect.js';
import list from './list.js';
import pull from './pull.js';
import push from './push.js';
import remove from './remove.js';
import sbom from './sbom.js';
import tag from './tag.js';

export const imageTools: AnyTool[] = [build, analyze, assess, list, inspect, tag, pull, push, remove, sbom];
