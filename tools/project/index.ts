import type { AnyTool } from '../../src/tool.js';
import projectDetect from './detect.js';

export const projectTools: AnyTool[] = [projectDetect];
