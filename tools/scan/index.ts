import type { AnyTool } from '../../src/toolkit/tool.js';
import image from './image.js';
import project from './project.js';

export const scanTools: AnyTool[] = [image, project];
