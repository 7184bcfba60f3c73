import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isWithin, Workspace, writeWorkspaceFile } from '../src/workspace.js';

const base = mkdtempSync(path.join(os.tmpdir(), 'dw-ws-'));
const ws = path.join(base, 'ws');
const sibling = path.join(base, 'ws2');
mkdirSync(path.join(ws, 'app/src'), { recursive: true });
mkdirSync(sibling);
writeFileSync(path.join(sibling, 'secret.txt'), 'x');
writeFileSync(path.join(ws, 'app/Dockerfile'), 'FROM busybox');
symlinkSync(sibling, path.join(ws, 'escape'));
symlinkSync('/etc/passwd', path.join(ws, 'passwd-link'));
symlinkSync(path.join(ws, 'app'), path.join(ws, 'app-link'));
symlinkSync(path.join(base, 'outside/x'), path.join(ws, 'dangling'));
symlinkSync(path.join(base, 'outside-dir'), path.join(ws, 'dangling-dir'));
const workspace = new Workspace([ws]);

describe('workspace confinement', () => {
  it.each([
    ['app/Dockerfile', path.join(ws, 'app/Dockerfile')],
    ['.', ws],
    [path.join(ws, 'app/src'), path.join(ws, 'app/src')],
    ['app/new-file.txt', path.join(ws, 'app/new-file.txt')],
    ['app/./src/../Dockerfile', path.join(ws, 'app/Dockerfile')],
    ['app-link/Dockerfile', path.join(ws, 'app/Dockerfile')],
    ['not/yet/there/compose.yaml', path.join(ws, 'not/yet/there/compose.yaml')],
    ['..env', path.join(ws, '..env')],
    ['app/..hidden/x', path.join(ws, 'app/..hidden/x')],
  ])('allows %s', (input, expected) => {
    expect(workspace.resolve(input)).toBe(expected);
  });

  it.each([
    ['..'],
    ['../ws2/secret.txt'],
    [sibling],
    [path.join(sibling, 'secret.txt')],
    ['app/../../ws2'],
    ['escape/secret.txt'],
    ['escape/new-file'],
    ['passwd-link'],
    ['/etc/passwd'],
    ['/'],
  ])('refuses %s', (input) => {
    expect(() => workspace.resolve(input)).toThrow(/outside the workspace/);
  });

  it.each([['dangling'], ['dangling-dir/Dockerfile'], ['dangling-dir/a/b']])(
    'refuses the dangling link %s',
    (input) => {
      expect(() => workspace.resolve(input)).toThrow(/symbolic link to something that does not exist/);
    },
  );

  it('refuses a NUL byte', () => {
    expect(() => workspace.resolve('app\0/x')).toThrow(/NUL/);
  });

  it('does not treat /ws2 as inside /ws', () => {
    expect(isWithin('/ws', '/ws2')).toBe(false);
    expect(isWithin('/ws', '/ws/2')).toBe(true);
    expect(isWithin('/ws', '/ws')).toBe(true);
    expect(isWithin('/ws', '/ws/..env')).toBe(true);
    expect(isWithin('/ws', '/ws/..')).toBe(false);
    expect(isWithin('/ws', '/ws/../ws2/a')).toBe(false);
  });

  it('accepts paths in any of several roots', () => {
    const two = new Workspace([ws, sibling]);
    expect(two.resolve(path.join(sibling, 'secret.txt'))).toBe(path.join(sibling, 'secret.txt'));
  });
});

describe('writeWorkspaceFile', () => {
  it('creates missing folders and leaves no temporary file behind', async () => {
    const out = await writeWorkspaceFile(workspace, 'out/deep/report.json', '{}');
    expect(out).toEqual({ path: path.join(ws, 'out/deep/report.json'), action: 'created' });
    expect(readFileSync(out.path, 'utf8')).toBe('{}');
    expect(readdirSync(path.join(ws, 'out/deep'))).toEqual(['report.json']);
  });

  it('refuses to replace an existing file without overwrite, and replaces it (keeping its mode) with it', async () => {
    const file = path.join(ws, 'app/run.sh');
    writeFileSync(file, 'old', { mode: 0o755 });
    await expect(writeWorkspaceFile(workspace, 'app/run.sh', 'new')).rejects.toMatchObject({
      code: 'CONFLICT',
      message: expect.stringContaining('already exists'),
    });
    expect(readFileSync(file, 'utf8')).toBe('old');
    const out = await writeWorkspaceFile(workspace, 'app/run.sh', 'new', { overwrite: true });
    expect(out.action).toBe('overwritten');
    expect(readFileSync(file, 'utf8')).toBe('new');
    expect(statSync(file).mode & 0o777).toBe(0o755);
  });

  it.each([['dangling'], ['dangling-dir/Dockerfile'], ['escape/new-file'], ['../outside-file']])(
    'writes nothing through %s',
    async (input) => {
      await expect(writeWorkspaceFile(workspace, input, 'x', { overwrite: true })).rejects.toMatchObject({
        code: 'PATH_OUTSIDE_WORKSPACE',
      });
      expect(existsSync(path.join(base, 'outside/x'))).toBe(false);
      expect(existsSync(path.join(base, 'outside-dir'))).toBe(false);
      expect(existsSync(path.join(sibling, 'new-file'))).toBe(false);
      expect(existsSync(path.join(base, 'outside-file'))).toBe(false);
    },
  );

  it('writes a file named ..env inside the workspace', async () => {
    const out = await writeWorkspaceFile(workspace, '..env', 'A=1');
    expect(out.path).toBe(path.join(ws, '..env'));
  });
});
