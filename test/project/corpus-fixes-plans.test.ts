// biome-ignore-all lint/suspicious/noTemplateCurlyInString: these strings are Dockerfile ARG references, not templates.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { unreachableRegistry } from '../../bench/containerize/registries.js';
import { generateDockerfile } from '../../src/dockerfile/generate/index.js';
import { detectProject } from '../../src/project/index.js';
import { tempTree } from '../helpers/temp-tree.js';

/** Railpack's example apps (../shared/corpus/railpack): their own files, unchanged. */
const CORPUS = path.resolve(import.meta.dirname, '../../../shared/corpus/railpack/examples');
const plan = (app: string) => detectProject(path.join(CORPUS, app));
const dockerfile = (app: string) => generateDockerfile(plan(app)).dockerfile;
const pkg = (body: object) => JSON.stringify({ name: 'x', ...body });

describe('what the generator makes of the apps bench/containerize found failing', () => {
  it('serves the folder vite.config sets as build.outDir', () => {
    expect(plan('node-vite-svelte').outputDir?.value).toBe('theoutput');
    expect(dockerfile('node-vite-svelte')).toContain('COPY --from=build /app/theoutput /srv');
  });

  it.each(['../../etc', '/etc', 'a/../../b'])('keeps dist when outDir leaves the app (%s)', (outDir) => {
    const dir = tempTree({
      'package.json': pkg({ scripts: { build: 'vite build' }, devDependencies: { vite: '6' } }),
      'vite.config.ts': `export default { build: { outDir: '${outDir}' } }`,
    });
    expect(detectProject(dir).outputDir?.value).toBe('dist');
  });

  it('builds SvelteKit with adapter-auto as adapter-node, only in the build stage', () => {
    const text = dockerfile('node-svelte-kit');
    const [build, runtime] = text.split(/^FROM .* AS runtime$/m);
    expect(build).toMatch(/^ENV GCP_BUILDPACKS=true$/m);
    expect(runtime).not.toContain('GCP_BUILDPACKS');
    expect(runtime).toMatch(/^CMD \["node", "build"\]$/m);
  });

  it('installs with npm install when package-lock.json no longer matches package.json', () => {
    expect(plan('npm-out-of-sync-package-lock').staleLockfile?.value).toBe(
      'package.json and package-lock.json disagree on is-number',
    );
    expect(dockerfile('npm-out-of-sync-package-lock')).toContain('npm install --omit=dev');
    expect(plan('node-npm-workspaces').staleLockfile).toBeUndefined();
    // better-sqlite3 is ">=12.10.0" in package.json and "^12.10.0" in the lockfile: npm ci accepts the locked 12.10.0.
    expect(plan('node-lts-npm-native-deps').staleLockfile).toBeUndefined();
    expect(dockerfile('node-npm-workspaces')).toContain('npm ci');
  });

  it('adds the Linux platforms to a Gemfile.lock made on a Mac, and copies path gems first', () => {
    expect(plan('ruby-local-deps').manifests).toEqual(['Gemfile', 'Gemfile.lock', 'libs/local/']);
    const text = dockerfile('ruby-local-deps');
    expect(text).toContain('COPY libs/local/ libs/local/');
    expect(text).toContain('bundle lock --add-platform x86_64-linux aarch64-linux');
    expect(dockerfile('ruby-3')).not.toContain('--add-platform');
    expect(unreachableRegistry(path.join(CORPUS, 'ruby-local-deps'), 'ruby')).toBeUndefined();
    expect(unreachableRegistry(path.join(CORPUS, 'ruby-sinatra'), 'ruby')).toBe('rubygems');
  });

  it.each([
    ['node-yarn-2', '2.4.3', '.yarnrc.yml#yarnPath'],
    ['node-yarn-2-node-linker', '2', 'yarn.lock#__metadata.version 4'],
  ])('%s: Yarn %s (%s) installs without `workspaces focus`, a Yarn 4 command', (app, version, source) => {
    expect(plan(app).packageManagerVersion).toEqual({ value: version, source });
    expect(dockerfile(app)).toContain('yarn install --immutable');
    expect(dockerfile(app)).not.toContain('workspaces focus');
  });

  it('keeps the production-only install for Yarn 4', () => {
    const dir = tempTree({
      'package.json': pkg({ packageManager: 'yarn@4.9.2', dependencies: { cowsay: '1' } }),
      'yarn.lock': '__metadata:\n  version: 8\n',
      '.yarnrc.yml': 'nodeLinker: node-modules\n',
      'index.js': '',
    });
    expect(generateDockerfile(detectProject(dir)).dockerfile).toContain(
      'yarn workspaces focus --all --production',
    );
  });

  it('puts pnpm in the Bun image of a pnpm-managed Bun app, without the run-time reinstall', () => {
    const runtime = dockerfile('bun-pnpm').split(/ AS runtime$/m)[1];
    expect(runtime).toContain('BUN_INSTALL=/usr/local/bun bun add -g "pnpm@${PNPM_VERSION}"');
    expect(runtime).toContain('ENV pnpm_config_verify_deps_before_run=false');
  });

  it('copies bunfig.toml before bun install and counts its scope registry as unreachable', () => {
    expect(plan('node-bun-bunfig').manifests).toContain('bunfig.toml');
    expect(unreachableRegistry(path.join(CORPUS, 'node-bun-bunfig'), 'node')).toBe(
      'npm.jsr.io (bunfig.toml scope)',
    );
  });

  it('runs a pyproject.toml app with no dependencies without installing it', () => {
    expect(plan('python-latest').packageManager).toBeUndefined();
    expect(dockerfile('python-latest')).not.toContain('pip install');
    expect(dockerfile('python-uv-packaged')).toContain('uv sync');
  });

  it('tells TanStack Start with Nitro (.output) from the fetch-handler build (dist/server)', () => {
    expect(plan('node-tanstack-start').outputDir?.value).toBe('.output');
    expect(plan('tanstack-latest').outputDir).toBeUndefined();
    expect(plan('tanstack-latest').startCommand?.value).toBe(
      'srvx --prod -s ../client dist/server/server.js',
    );
    expect(dockerfile('tanstack-latest')).toContain('npm install -g "srvx@${SRVX_VERSION}"');
  });

  it('preloads jemalloc in Ruby images', () => {
    expect(dockerfile('ruby-jemalloc')).toMatch(/^ENV LD_PRELOAD=\/usr\/local\/lib\/libjemalloc.so$/m);
  });
});
