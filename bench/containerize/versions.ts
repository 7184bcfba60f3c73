import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { AppCheck } from './corpus.js';

/** `ARG NODE_VERSION=24` style lines of a generated Dockerfile, as runtime → version. */
export function requestedVersions(dockerfile: string): Record<string, string> {
  const found: Record<string, string> = {};
  for (const match of dockerfile.matchAll(
    /^ARG (NODE|PYTHON|GO|RUBY|PHP|JRE|RUST|DOTNET|BUN|DENO|CADDY)_VERSION=(\S+)/gm,
  )) {
    const runtime = match[1] === 'JRE' ? 'java' : match[1] === 'CADDY' ? 'static' : match[1].toLowerCase();
    found[runtime] ??= match[2];
  }
  return found;
}

const PATTERNS: Array<[string, RegExp]> = [
  ['node', /Node(?:\.js)?(?: version)?(?: v)?:? ?v?(\d+(?:\.\d+)*)/],
  ['python', /Python(?: version:)? (\d+(?:\.\d+)*)/],
  ['go', /\bgo(1\.\d+(?:\.\d+)?)/],
  ['ruby', /Ruby(?: version)?: ?(\d+(?:\.\d+)*)/],
  ['rust', /rustc (\d+\.\d+\.\d+)/],
  ['deno', /deno (\d+\.\d+\.\d+)/],
  ['bun', /Bun (\d+\.\d+\.\d+)/],
];

/** The runtime versions an app's own checks print, e.g. "hello from Node v23.5.0": the authors' pin, seen from outside. */
export function expectedVersions(checks: AppCheck[]): Record<string, string> {
  const texts = checks.flatMap((check) =>
    [check.expectedOutput ?? [], check.httpCheck?.expectedOutput ?? []].flat(),
  );
  const found: Record<string, string> = {};
  for (const text of texts) {
    for (const [runtime, pattern] of PATTERNS) {
      const match = pattern.exec(text);
      if (match) found[runtime] ??= match[1].replace(/\.$/, '');
    }
  }
  return found;
}

const VERSION_FILES = [
  '.nvmrc',
  '.node-version',
  '.python-version',
  '.ruby-version',
  '.tool-versions',
  'mise.toml',
  '.bun-version',
  '.deno-version',
  'runtime.txt',
  'rust-toolchain',
  'rust-toolchain.toml',
  'global.json',
];

/** The files in which an app pins a runtime version itself (package.json counts when it has engines). */
export function pinFiles(dir: string): string[] {
  const files = VERSION_FILES.filter((file) => existsSync(path.join(dir, file)));
  const manifest = path.join(dir, 'package.json');
  if (existsSync(manifest) && /"engines"\s*:/.test(readFileSync(manifest, 'utf8')))
    files.push('package.json#engines');
  const gemfile = path.join(dir, 'Gemfile');
  if (existsSync(gemfile) && /^\s*ruby\s+['"]/m.test(readFileSync(gemfile, 'utf8')))
    files.push('Gemfile#ruby');
  return files;
}
