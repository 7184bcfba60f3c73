import type { AnyTool } from '../../src/toolkit/tool.js';
import projectDetect from './detect.js';

export const projectTools: AnyTool[] = [projectDetect];
