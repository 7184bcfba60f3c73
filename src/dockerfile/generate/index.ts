export { BASE_ROLES, type BaseRole, baseImagesFromEnv, FLAVOURS, type Flavour } from './base-images.js';
export { type ComposeOptions, type GeneratedCompose, generateCompose } from './compose.js';
export { type DetectOptions, detectProject } from './detect.js';
export type { Rationale } from './dockerfile-builder.js';
export {
  type GeneratedDockerfile,
  type GenerateOptions,
  generateDockerfile,
  supportedLanguages,
} from './generate-dockerfile.js';
export type { Fact, Language, ProjectPlan, ServiceNeed } from './types.js';
export { type WriteAction, type WrittenFile, writeGeneratedFiles, writeWithConsent } from './write-files.js';
