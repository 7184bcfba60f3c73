import { afterEach, describe, expect, it } from 'vitest';
import { loadSecrets, secretRedactor } from '../../src/build/secrets.js';
import { Workspace } from '../../src/workspace.js';
import { removeTree, tempTree } from '../helpers/temp-tree.js';

let dir = '';
afterEach(() => removeTree(dir));

describe('build secrets', () => {
  it('reads values from a workspace file and from an environment variable', async () => {
    dir = await tempTree({ 'keys/tok': 'from-file' });
    const secrets = await loadSecrets(
      [
        { id: 'tok', file: 'keys/tok' },
        { id: 'npm', env: 'NPM_TOKEN_FOR_TEST' },
      ],
      new Workspace([dir]),
      ['NPM_TOKEN_*'],
      { NPM_TOKEN_FOR_TEST: 'from-env' },
    );
    expect(secrets.map((s) => [s.id, s.value.toString()])).toEqual([
      ['tok', 'from-file'],
      ['npm', 'from-env'],
    ]);
  });

  it.each([
    [{ id: 'tok', file: '../../etc/passwd' }, 'PATH_OUTSIDE_WORKSPACE'],
    [{ id: 'tok', env: 'SURELY_NOT_SET_ANYWHERE' }, 'INVALID_ARGUMENT'],
    [{ id: 'tok', env: 'HOME' }, 'REFUSED'],
    [{ id: 'tok', env: 'DOCKWRIGHT_TOKEN' }, 'REFUSED'],
    [{ id: 'tok' }, 'INVALID_ARGUMENT'],
    [{ id: 'bad id', env: 'HOME' }, 'INVALID_ARGUMENT'],
    [{ id: 'tok', file: 'missing' }, 'NOT_FOUND'],
  ])('refuses %j', async (source, code) => {
    dir = await tempTree({});
    const allowed = ['SURELY_NOT_SET_ANYWHERE', 'DOCKWRIGHT_*'];
    await expect(loadSecrets([source], new Workspace([dir]), allowed, {})).rejects.toMatchObject({ code });
  });

  it('masks each value, and each line of a multi-line value', () => {
    const redact = secretRedactor([{ id: 'k', value: Buffer.from('line-one-secret\nline-two-secret\n') }]);
    expect(redact('a line-one-secret b line-two-secret c')).toBe('a **** b **** c');
    expect(secretRedactor([])('unchanged')).toBe('unchanged');
  });
});
