import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a build script in plain JavaScript, without type declarations.
import { dynamicImportsOfCommonJs } from '../../scripts/bundle-checks.mjs';
import { REPO_ROOT } from '../helpers/mcp.js';

/** Bundles `code` as scripts/build.mjs does (ESM, code splitting) and runs the build's check. */
async function problemsOf(code: string): Promise<string[]> {
  const result = await build({
    stdin: { contents: code, resolveDir: `${REPO_ROOT}/src`, sourcefile: 'entry.ts', loader: 'ts' },
    bundle: true,
    format: 'esm',
    platform: 'node',
    splitting: true,
    outdir: `${REPO_ROOT}/dist-check`,
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  return dynamicImportsOfCommonJs(result.metafile);
}

describe('the build refuses a dynamic import of bundled CommonJS', () => {
  it("flags `await import('yaml')`, whose named exports are undefined once bundled", async () => {
    const problems = await problemsOf("export const load = async () => (await import('yaml')).parse;");
    expect(problems).toEqual([expect.stringMatching(/import\('yaml'\) loads CommonJS .*yaml/)]);
  });

  it('accepts the lazy ESM module of ours that re-exports it, and static imports', async () => {
    expect(await problemsOf("export const load = async () => (await import('./yaml.js')).parse;")).toEqual(
      [],
    );
    expect(await problemsOf("import { parse } from 'yaml';\nexport const load = () => parse;")).toEqual([]);
  });
});
