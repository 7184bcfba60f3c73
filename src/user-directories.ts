import { homedir } from 'node:os';
import { isAbsolute, join } from 'node:path';

export interface LocationInputs {
  env: Record<string, string | undefined>;
  platform: NodeJS.Platform;
  home: string;
}

export const processLocation = (): LocationInputs => ({
  env: process.env,
  platform: process.platform,
  home: homedir(),
});

/** An XDG variable counts only when absolute: the spec says a relative one is invalid and ignored. */
function xdg(env: LocationInputs['env'], name: string): string | undefined {
  const value = env[name];
  return value && isAbsolute(value) ? value : undefined;
}

const localAppData = ({ env, home }: LocationInputs) => env.LOCALAPPDATA || join(home, 'AppData', 'Local');

/** The per-user data directory for dockwright (the pattern store), following each platform's convention. */
export function userDataDirectory(inputs: LocationInputs): string {
  const { env, platform, home } = inputs;
  if (platform === 'win32') return join(localAppData(inputs), 'dockwright');
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', 'dockwright');
  return join(xdg(env, 'XDG_DATA_HOME') ?? join(home, '.local', 'share'), 'dockwright');
}

/** The platform's per-user cache folder, as Go's os.UserCacheDir gives it (where Trivy keeps its own). */
export function platformCacheDirectory(inputs: LocationInputs): string {
  const { env, platform, home } = inputs;
  if (platform === 'win32') return localAppData(inputs);
  if (platform === 'darwin') return join(home, 'Library', 'Caches');
  return xdg(env, 'XDG_CACHE_HOME') ?? join(home, '.cache');
}

export const CACHE_DIR_ENV = 'DOCKWRIGHT_CACHE_DIR';

/**
 * The per-user cache directory: $DOCKWRIGHT_CACHE_DIR, else dockwright's folder in the
 * platform's cache folder. Everything in it can be rebuilt, so deleting it only costs time.
 */
export function userCacheDirectory(inputs: LocationInputs): string {
  const override = inputs.env[CACHE_DIR_ENV];
  if (override) return override;
  const root = platformCacheDirectory(inputs);
  return inputs.platform === 'win32' ? join(root, 'dockwright', 'Cache') : join(root, 'dockwright');
}
