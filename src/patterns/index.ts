export { PATTERNS_DB_ENV, resolvePatternsPath, userDataDirectory } from './location.js';
export { dockerfileHash, normaliseDockerfile } from './normalise.js';
export { lazyPatternStore, type OpenPatternStoreOptions, openPatternStore } from './open.js';
export { patternScore, RANKING } from './ranking.js';
export type { BuildEvidence, RecordBuildInput, RecordBuildResult } from './record.js';
export { BUILTIN_PATTERNS, type SeedPattern } from './seeds/index.js';
export { PatternStore, type SavePatternInput, type SavePatternResult } from './store.js';
export type * from './types.js';
export { PATTERN_SOURCES } from './types.js';
