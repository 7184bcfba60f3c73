import { describe, expect, it } from 'vitest';
import { resolvePatternsPath, userDataDirectory } from '../../src/patterns/location.js';
import { platformCacheDirectory, userCacheDirectory } from '../../src/user-directories.js';

const home = '/home/ada';

describe('userDataDirectory', () => {
  it.each([
    ['linux', {}, '/home/ada/.local/share/dockwright'],
    ['linux', { XDG_DATA_HOME: '/data/xdg' }, '/data/xdg/dockwright'],
    ['linux', { XDG_DATA_HOME: 'relative/xdg' }, '/home/ada/.local/share/dockwright'],
    ['freebsd', { XDG_DATA_HOME: '/data/xdg' }, '/data/xdg/dockwright'],
    ['darwin', { XDG_DATA_HOME: '/data/xdg' }, '/home/ada/Library/Application Support/dockwright'],
  ] as const)('on %s with %j is %s', (platform, env, expected) => {
    expect(userDataDirectory({ platform, env, home })).toBe(expected);
  });

  it('uses LOCALAPPDATA on Windows, or its usual place when unset', () => {
    expect(
      userDataDirectory({ platform: 'win32', env: { LOCALAPPDATA: '/c/Users/ada/AppData/Local' }, home }),
    ).toBe('/c/Users/ada/AppData/Local/dockwright');
    expect(userDataDirectory({ platform: 'win32', env: {}, home })).toBe(
      '/home/ada/AppData/Local/dockwright',
    );
  });
});

describe('resolvePatternsPath', () => {
  const inputs = { platform: 'linux' as const, home, env: { DOCKWRIGHT_PATTERNS_DB: '/srv/patterns.db' } };

  it('prefers the explicit path, then the environment variable, then the data directory', () => {
    expect(resolvePatternsPath('/tmp/mine.db', inputs)).toBe('/tmp/mine.db');
    expect(resolvePatternsPath(undefined, inputs)).toBe('/srv/patterns.db');
    expect(resolvePatternsPath(undefined, { ...inputs, env: {} })).toBe(
      '/home/ada/.local/share/dockwright/patterns.db',
    );
  });
});

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
