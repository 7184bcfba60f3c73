import { homedir } from 'node:os';
import { isAbsolute, join } from 'node:path';

export const PATTERNS_DB_ENV = 'DOCKWRIGHT_PATTERNS_DB';
const FILE_NAME = 'patterns.db';

export interface LocationInputs {
  env: Record<string, string | undefined>;
  platform: NodeJS.Platform;
  home: string;
}

/** The per-user data directory for dockwright, following each platform's convention. */
export function userDataDirectory(inputs: LocationInputs): string {
  const { env, platform, home } = inputs;
  if (platform === 'win32') return join(env.LOCALAPPDATA || join(home, 'AppData', 'Local'), 'dockwright');
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', 'dockwright');
  // The XDG spec says a relative XDG_DATA_HOME is invalid and must be ignored.
  const xdg = env.XDG_DATA_HOME;
  return join(xdg && isAbsolute(xdg) ? xdg : join(home, '.local', 'share'), 'dockwright');
}

/** Where the pattern store lives: the explicit path, else $DOCKWRIGHT_PATTERNS_DB, else the data directory. */
export function resolvePatternsPath(
  explicitPath?: string,
  inputs: LocationInputs = { env: process.env, platform: process.platform, home: homedir() },
): string {
  if (explicitPath) return explicitPath;
  const fromEnv = inputs.env[PATTERNS_DB_ENV];
  if (fromEnv) return fromEnv;
  return join(userDataDirectory(inputs), FILE_NAME);
}
