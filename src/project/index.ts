export { type DetectOptions, detectProject } from './detect.js';
export type { Fact, Language, ProjectPlan, ServiceNeed } from './types.js';
