import { symlink } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { listForSync } from '../../src/build/sync-walk.js';
import { removeTree, tempTree } from '../helpers/temp-tree.js';

let dir = '';
afterEach(() => removeTree(dir));

async function list(include: string[], exclude: string[]) {
  const names: string[] = [];
  for await (const entry of listForSync(dir, include, exclude)) names.push(entry.path);
  return names;
}

describe('listForSync', () => {
  it('lists folders before their contents, sorted, without what the exclude patterns drop', async () => {
    dir = await tempTree({
      Dockerfile: 'FROM x',
      'a.txt': 'a',
      'a/z.txt': 'z',
      'node_modules/m/index.js': 'm',
      'secrets/private.pem': 'p',
      'secrets/public.pem': 'p',
    });
    await symlink('/etc/passwd', path.join(dir, 'link'));
    expect(await list([], ['node_modules', 'secrets', '!secrets/public.pem'])).toEqual([
      'Dockerfile',
      'a',
      'a/z.txt',
      'a.txt',
      'link',
      'secrets',
      'secrets/public.pem',
    ]);
  });

  it('sends only what include patterns name, with the folders that hold it', async () => {
    dir = await tempTree({
      Dockerfile: 'x',
      'docker/app.Dockerfile': 'x',
      'docker/other': 'x',
      '.dockerignore': 'x',
    });
    expect(await list(['.dockerignore'], [])).toEqual(['.dockerignore']);
    expect(await list(['docker/app.Dockerfile', 'docker/app.Dockerfile.dockerignore'], [])).toEqual([
      'docker',
      'docker/app.Dockerfile',
    ]);
  });

  it('reports links as links', async () => {
    dir = await tempTree({});
    await symlink('/etc/passwd', path.join(dir, 'link'));
    const entries = [];
    for await (const entry of listForSync(dir, [], [])) entries.push(entry);
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ path: 'link', linkname: '/etc/passwd' });
    expect(entries[0].info.isSymbolicLink()).toBe(true);
  });
});
