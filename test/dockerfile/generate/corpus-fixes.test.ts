import { describe, expect, it } from 'vitest';
import { requireEngine, TEST_RUN } from '../../helpers/docker.js';
import { corpusRunner } from './corpus-run.js';

/**
 * Corpus apps (../shared/corpus/railpack) that failed in bench/containerize before a generator
 * fix, unchanged, through the bench pipeline: detect, generate, lint, build on the stand-ins of
 * scripts/test-env.sh (node:26/24/22/20-bookworm-slim, oven/bun:1.4.5-slim, caddy:2.6,
 * ruby:3.1-slim-bookworm, python:3.11-slim-bookworm), run, and the app's own test.json checks.
 */
const { run, expectPasses } = corpusRunner(`test-pass-rate-${TEST_RUN}`);

describe('generator fixes: the app builds, starts and passes its own checks', () => {
  it.each([
    ['node-vite-svelte', 'Vite build.outDir from vite.config.ts'],
    ['node-svelte-kit', 'SvelteKit adapter-auto builds with adapter-node'],
    ['npm-out-of-sync-package-lock', 'npm install when package-lock.json disagrees with package.json'],
    ['bun-pnpm', 'pnpm in the Bun image for a pnpm-managed Bun app'],
    ['ruby-with-node', 'Gemfile.lock with only a darwin platform'],
    ['ruby-local-deps', 'a path gem copied before bundle install'],
    ['ruby-jemalloc', 'jemalloc preloaded'],
    ['python-latest', 'a pyproject.toml with nothing to install'],
    ['tanstack-latest', "TanStack Start's fetch handler served by srvx"],
  ])('%s (%s)', (name) => expectPasses(name), 900_000);
});

describe('fixes whose apps also pin a Node release that only `scripts/test-env.sh bench` makes', () => {
  /** Passes on the exact release; on a major stand-in, only the Node version line may be missing. */
  const passesButForNode = async (name: string, exact: string, nodeLine: string) => {
    const docker = await requireEngine();
    const result = await run(name);
    const haveExact = await docker.inspectImage(`node:${exact}-bookworm-slim`).then(
      () => true,
      () => false,
    );
    if (haveExact)
      expect({ stage: result.stage, reason: result.reason }).toEqual({ stage: 'passed', reason: '' });
    else {
      expect(result.versionOnly).toBe(true);
      expect(result.reason.split('; missing: ')[1]).toBe(nodeLine);
    }
  };

  it('node-pnpm-11-engines: `pnpm run` with pnpm 11 does not reinstall at start', async () => {
    await passesButForNode('node-pnpm-11-engines', '24.16.0', 'Node.js version: v24.16.0');
  }, 900_000);

  it('node-yarn-2: Yarn 2 installs without `workspaces focus`', async () => {
    await passesButForNode('node-yarn-2', '18.20.5', 'Node v18.20.5');
  }, 900_000);
});
