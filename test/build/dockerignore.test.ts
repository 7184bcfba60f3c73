import { describe, expect, it } from 'vitest';
import { IgnoreMatcher, parseDockerignore } from '../../src/build/dockerignore.js';

const excluded = (ignore: string, file: string, alwaysSend: string[] = []) =>
  new IgnoreMatcher(parseDockerignore(ignore), alwaysSend).isExcluded(file);

describe('.dockerignore as Docker applies it', () => {
  it.each([
    ['node_modules', 'node_modules', true],
    ['node_modules', 'node_modules/a/b.js', true],
    ['node_modules', 'src/node_modules/x', false],
    ['**/node_modules', 'src/node_modules/x', true],
    ['**/node_modules', 'node_modules/x', true],
    ['*.log', 'debug.log', true],
    ['*.log', 'logs/debug.log', false],
    ['**/*.log', 'logs/deep/debug.log', true],
    ['/build', 'build/out.js', true],
    ['./build/', 'build/out.js', true],
    ['docs/**', 'docs/a/b.md', true],
    ['docs/**', 'docs', false],
    ['src/*/test', 'src/a/test/x.ts', true],
    ['src/*/test', 'src/a/b/test/x.ts', false],
    ['file?.txt', 'file1.txt', true],
    ['file?.txt', 'file10.txt', false],
    ['[ab].txt', 'a.txt', true],
    ['[ab].txt', 'c.txt', false],
    ['a.b', 'aXb', false],
    ['# comment', '# comment', false],
    ['  spaced.txt  ', 'spaced.txt', true],
    ['*\n!keep.md', 'keep.md', false],
    ['*\n!keep.md', 'other.md', true],
    ['*.md\n!README.md\nREADME.md', 'README.md', true],
    ['secrets\n!secrets/public.pem', 'secrets/public.pem', false],
    ['secrets\n!secrets/public.pem', 'secrets/private.pem', true],
    ['a/../b', 'b', true],
  ])('%j excludes %s: %s', (ignore, file, expected) => {
    expect(excluded(ignore, file)).toBe(expected);
  });

  it('always sends the Dockerfile and .dockerignore, even when a line excludes them', () => {
    expect(excluded('*', 'Dockerfile', ['Dockerfile', '.dockerignore'])).toBe(false);
    expect(excluded('*', '.dockerignore', ['Dockerfile', '.dockerignore'])).toBe(false);
    expect(excluded('docker\n', 'docker/app.Dockerfile', ['docker/app.Dockerfile'])).toBe(false);
    expect(excluded('*', 'other', ['Dockerfile'])).toBe(true);
  });

  it('walks into an excluded folder only when an exception starts with its path', () => {
    const matcher = new IgnoreMatcher(parseDockerignore('secrets\n!secrets/public.pem\nlogs'));
    expect(matcher.mayReincludeUnder('secrets')).toBe(true);
    expect(matcher.mayReincludeUnder('logs')).toBe(false);
  });

  it('skips a UTF-8 byte order mark and Windows line endings', () => {
    expect(parseDockerignore('\uFEFFa\r\n!b\r\n').map((p) => [p.source, p.exception])).toEqual([
      ['a', false],
      ['b', true],
    ]);
  });
});
