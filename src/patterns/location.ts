import { join } from 'node:path';
import { type LocationInputs, processLocation, userDataDirectory } from '../user-directories.js';

export { userDataDirectory };

export const PATTERNS_DB_ENV = 'DOCKWRIGHT_PATTERNS_DB';
const FILE_NAME = 'patterns.db';

/** Where the pattern store lives: the explicit path, else $DOCKWRIGHT_PATTERNS_DB, else the data directory. */
export function resolvePatternsPath(
  explicitPath?: string,
  inputs: LocationInputs = processLocation(),
): string {
  if (explicitPath) return explicitPath;
  const fromEnv = inputs.env[PATTERNS_DB_ENV];
  if (fromEnv) return fromEnv;
  return join(userDataDirectory(inputs), FILE_NAME);
}
