import { buildSecrets } from './build-secrets.js';
import { buildkitCacheMounts } from './buildkit-cache-mounts.js';
import { composeAppDbCache } from './compose-app-db-cache.js';
import { goStatic } from './go-static.js';
import { nodeMultiStage } from './node-multi-stage.js';
import { pythonMultiStage } from './python-multi-stage.js';
import type { SeedPattern } from './seed.js';

export type { SeedPattern } from './seed.js';

export const BUILTIN_PATTERNS: SeedPattern[] = [
  nodeMultiStage,
  pythonMultiStage,
  goStatic,
  composeAppDbCache,
  buildkitCacheMounts,
  buildSecrets,
];

/** Bump when a built-in pattern changes, so that existing stores pick up the new text. */
export const SEED_VERSION = 1;
