export {
  BASE_ROLES,
  type BaseRole,
  baseImagesFromEnv,
  FLAVOURS,
  type Flavour,
  isBaseRole,
} from './base-images.js';
export type { Rationale } from './dockerfile-builder.js';
export {
  type GeneratedDockerfile,
  type GenerateOptions,
  generateDockerfile,
  supportedLanguages,
} from './generate-dockerfile.js';
export { type WriteAction, type WrittenFile, writeGeneratedFiles, writeWithConsent } from './write-files.js';
