import { describe, expect, it } from 'vitest';
import {
  type ComposeCli,
  type ComposeCommand,
  type ComposeTarget,
  composeArgs,
} from '../../src/exec/compose.js';

const v2: ComposeCli = { flavour: 'v2', program: '/usr/bin/docker', prefix: ['compose'], version: '2.29.1' };
const v1: ComposeCli = { flavour: 'v1', program: '/usr/bin/docker-compose', prefix: [], version: '1.29.2' };
const target: ComposeTarget = {
  projectName: 'shop',
  files: ['/p/compose.yaml', '/p/compose.prod.yaml'],
  projectDir: '/p',
  profiles: ['debug'],
};
const v1Globals = [
  '--ansi',
  'never',
  '-p',
  'shop',
  '-f',
  '/p/compose.yaml',
  '-f',
  '/p/compose.prod.yaml',
  '--project-directory',
  '/p',
  '--profile',
  'debug',
];
const v2Globals = ['compose', ...v1Globals, '--progress', 'plain'];

describe('compose argument lists', () => {
  it.each([
    [
      { name: 'up', build: true } as ComposeCommand,
      ['up', '--detach', '--quiet-pull', '--build', '--remove-orphans'],
    ],
    [
      { name: 'up', services: ['web', 'db'] } as ComposeCommand,
      ['up', '--detach', '--quiet-pull', '--remove-orphans', '--', 'web', 'db'],
    ],
    [
      { name: 'down', volumes: true, timeoutSeconds: 5 } as ComposeCommand,
      ['down', '--volumes', '--remove-orphans', '--timeout', '5'],
    ],
    [{ name: 'down' } as ComposeCommand, ['down', '--remove-orphans']],
    [
      { name: 'restart', services: ['web'], timeoutSeconds: 2 } as ComposeCommand,
      ['restart', '--timeout', '2', '--', 'web'],
    ],
    [{ name: 'config', quiet: true } as ComposeCommand, ['config', '--quiet']],
  ])('%o', (command, tail) => {
    expect(composeArgs(v1, target, command)).toEqual([...v1Globals, ...tail]);
    expect(composeArgs(v2, target, command)).toEqual([...v2Globals, ...tail]);
  });

  it('passes env files through', () =>
    expect(composeArgs(v1, { projectName: 'x', envFiles: ['.env.prod'] }, { name: 'config' })).toEqual([
      '--ansi',
      'never',
      '-p',
      'x',
      '--env-file',
      '.env.prod',
      'config',
    ]));

  it('refuses names that would be read as options', () => {
    expect(() => composeArgs(v2, { projectName: '--help' }, { name: 'down' })).toThrow(/starts with "-"/);
    expect(() => composeArgs(v1, target, { name: 'up', services: ['-d'] })).toThrow(/starts with "-"/);
  });
});
