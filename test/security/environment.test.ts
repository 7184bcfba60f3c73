import { describe, expect, it } from 'vitest';
import { allowedEnvironment, isEnvAllowed, parseAllowEnv } from '../../src/security/environment.js';

describe('the environment allow-list', () => {
  it('reads --allow-env flags and DOCKWRIGHT_ALLOW_ENV, comma-separated, without duplicates', () => {
    expect(parseAllowEnv(['NPM_TOKEN,APP_*', 'NPM_TOKEN'], { DOCKWRIGHT_ALLOW_ENV: 'CI, HOME' })).toEqual([
      'NPM_TOKEN',
      'APP_*',
      'CI',
      'HOME',
    ]);
    expect(() => parseAllowEnv(['*'], {})).toThrow(/not a variable name/);
    expect(() => parseAllowEnv(['A-B'], {})).toThrow(/not a variable name/);
  });

  it.each([
    ['NPM_TOKEN', true],
    ['APP_DB_URL', true],
    ['APPLE', false],
    ['HOME', false],
    ['DOCKWRIGHT_TOKEN', false],
    ['dockwright_token', false],
  ])('%s allowed: %s', (name, allowed) => {
    expect(isEnvAllowed(['NPM_TOKEN', 'APP_*', 'DOCKWRIGHT_*', 'DOCKWRIGHT_TOKEN'], name)).toBe(allowed);
  });

  it('hands out only the allowed part of an environment', () => {
    const env = { NPM_TOKEN: 'n', APP_X: 'x', HOME: '/root', DOCKWRIGHT_TOKEN: 't' };
    expect(allowedEnvironment(['NPM_TOKEN', 'APP_*', 'DOCKWRIGHT_TOKEN'], env)).toEqual({
      NPM_TOKEN: 'n',
      APP_X: 'x',
    });
  });
});
