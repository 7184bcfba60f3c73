import type { AnyTool } from '../src/toolkit/tool.js';
import { composeTools } from './compose/index.js';
import { containerTools } from './container/index.js';
import { dockerfileTools } from './dockerfile/index.js';
import { imageTools } from './image/index.js';
import { k8sTools } from './k8s/index.js';
import { networkTools } from './network/index.js';
import { patternTools } from './pattern/index.js';
import { projectTools } from './project/index.js';
import { registryTools } from './registry/index.js';
import { scanTools } from './scan/index.js';
import { stackTools } from './stack/index.js';
import { systemTools } from './system/index.js';
import { volumeTools } from './volume/index.js';

/** Every tool, in the order clients list them. Each toolset keeps its own list. */
export const allTools: AnyTool[] = [
  ...systemTools,
  ...projectTools,
  ...dockerfileTools,
  ...imageTools,
  ...containerTools,
  ...composeTools,
  ...stackTools,
  ...k8sTools,
  ...scanTools,
  ...patternTools,
  ...networkTools,
  ...volumeTools,
  ...registryTools,
];
