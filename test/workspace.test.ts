import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isWithin, Workspace } from '../src/workspace.js';

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
