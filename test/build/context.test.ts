import { symlink } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadIgnoreMatcher, packContext } from '../../src/build/context.js';
import { removeTree, tempTree } from '../helpers/temp-tree.js';

async function entriesOf(stream: NodeJS.ReadableStream) {
  const tar = await import('tar-stream');
  const extract = tar.extract();
  stream.pipe(extract);
  const entries: { name: string; type?: string; uid?: number; content: string; linkname?: string | null }[] =
    [];
  for await (const entry of extract) {
    const chunks: Buffer[] = [];
    for await (const chunk of entry) chunks.push(chunk as Buffer);
    const { name, type, uid, linkname } = entry.header;
    entries.push({ name, type, uid, linkname, content: Buffer.concat(chunks).toString() });
  }
  return entries;
}

let dir = '';
afterEach(() => removeTree(dir));

describe('packContext', () => {
  it('streams a tar of the context in name order, owned by root, with the ignore rules applied', async () => {
    dir = await tempTree({
      Dockerfile: 'FROM busybox:latest',
      '.dockerignore': '*.log\nsecrets\n!secrets/public.pem\nDockerfile',
      'b.txt': 'b',
      'a.txt': 'a',
      'debug.log': 'noise',
      'secrets/private.pem': 'private',
      'secrets/public.pem': 'public',
      'src/app.js': 'app',
    });
    await symlink('../a.txt', path.join(dir, 'src/link'));
    const matcher = await loadIgnoreMatcher(dir, path.join(dir, 'Dockerfile'), 'Dockerfile');
    const packed = await packContext(dir, matcher);
    const entries = await entriesOf(packed.stream);
    expect(entries.map((entry) => entry.name)).toEqual([
      '.dockerignore',
      'Dockerfile',
      'a.txt',
      'b.txt',
      'secrets/public.pem',
      'src',
      'src/app.js',
      'src/link',
    ]);
    expect(entries.every((entry) => entry.uid === 0)).toBe(true);
    expect(entries.find((entry) => entry.name === 'src/link')).toMatchObject({
      type: 'symlink',
      linkname: '../a.txt',
    });
    expect(entries.find((entry) => entry.name === 'a.txt')?.content).toBe('a');
    expect(await packed.done).toEqual({ files: 6, bytes: expect.any(Number) });
  });

  it('prefers <Dockerfile>.dockerignore beside the Dockerfile and adds extra files', async () => {
    dir = await tempTree({
      'docker/app.Dockerfile': 'FROM busybox:latest',
      'docker/app.Dockerfile.dockerignore': 'big',
      '.dockerignore': 'small',
      big: 'b',
      small: 's',
    });
    const matcher = await loadIgnoreMatcher(
      dir,
      path.join(dir, 'docker/app.Dockerfile'),
      'docker/app.Dockerfile',
    );
    const packed = await packContext(dir, matcher, [
      { name: '.dockerfile.x', content: Buffer.from('FROM x') },
    ]);
    const names = (await entriesOf(packed.stream)).map((entry) => entry.name);
    expect(names).toEqual([
      '.dockerignore',
      'docker',
      'docker/app.Dockerfile',
      'docker/app.Dockerfile.dockerignore',
      'small',
      '.dockerfile.x',
    ]);
  });
});
