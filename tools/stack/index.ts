import type { AnyTool } from '../../src/toolkit/tool.js';
import stackDeploy from './deploy.js';
import stackRemove from './remove.js';
import stackStatus from './status.js';

export const stackTools: AnyTool[] = [stackDeploy, stackStatus, stackRemove];
