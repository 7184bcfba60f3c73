import { describe, expect, it } from 'vitest';
import { platformCacheDirectory, userCacheDirectory } from '../src/user-directories.js';

const home = '/home/ada';

describe('the cache folders', () => {
  it.each([
    ['linux', {}, '/home/ada/.cache', '/home/ada/.cache/dockwright'],
    ['linux', { XDG_CACHE_HOME: '/cache/xdg' }, '/cache/xdg', '/cache/xdg/dockwright'],
    ['linux', { XDG_CACHE_HOME: 'relative/xdg' }, '/home/ada/.cache', '/home/ada/.cache/dockwright'],
    [
      'darwin',
      { XDG_CACHE_HOME: '/cache/xdg' },
      '/home/ada/Library/Caches',
      '/home/ada/Library/Caches/dockwright',
    ],
    ['win32', { LOCALAPPDATA: '/c/ada/Local' }, '/c/ada/Local', '/c/ada/Local/dockwright/Cache'],
    ['win32', {}, '/home/ada/AppData/Local', '/home/ada/AppData/Local/dockwright/Cache'],
  ] as const)("on %s with %j: the platform's is %s, dockwright's %s", (platform, env, root, ours) => {
    expect(platformCacheDirectory({ platform, env, home })).toBe(root);
    expect(userCacheDirectory({ platform, env, home })).toBe(ours);
  });

  it('takes DOCKWRIGHT_CACHE_DIR over the platform folder, `off` included', () => {
    expect(userCacheDirectory({ platform: 'linux', env: { DOCKWRIGHT_CACHE_DIR: '/srv/cache' }, home })).toBe(
      '/srv/cache',
    );
    expect(userCacheDirectory({ platform: 'darwin', env: { DOCKWRIGHT_CACHE_DIR: 'off' }, home })).toBe(
      'off',
    );
  });
});
