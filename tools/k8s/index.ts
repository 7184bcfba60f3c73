import type { AnyTool } from '../../src/toolkit/tool.js';
import k8sGenerate from './generate.js';

export const k8sTools: AnyTool[] = [k8sGenerate];
