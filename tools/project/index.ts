import type { AnyTool } from '../../src/toolkit/tool.js';
import projectContainerize from './containerize.js';
import projectDetect from './detect.js';

export const projectTools: AnyTool[] = [projectDetect, projectContainerize];
