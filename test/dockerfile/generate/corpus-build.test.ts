import { describe, expect, it } from 'vitest';
import { requireEngine, TEST_RUN } from '../../helpers/docker.js';
import { corpusRunner } from './corpus-run.js';

/**
 * Railpack example apps (../shared/corpus/railpack), unchanged, through the bench pipeline:
 * detect, generate, lint, build on the stand-ins (node:26/24/22/20-bookworm-slim, oven/bun:1.4.5-slim,
 * caddy:2.6, debian:bookworm-slim, python:3.11-slim-bookworm), run, and the app's own
 * test.json checks. Images and containers carry the test labels and are removed.
 */
const { run, expectPasses } = corpusRunner(`test-${TEST_RUN}`);

describe('corpus apps build, start and pass their own checks', () => {
  it.each([
    'node-npm-workspaces',
    'node-yarn-workspaces',
    'node-bun-no-deps',
    'staticfile-config',
    'staticfile-index-fallback',
    'shell-bash-arrays',
    'python-bot-only',
    'cpp-cmake',
  ])('%s', (name) => expectPasses(name), 600_000);

  it('node-pnpm-workspaces: every check passes, the Node version line too where `test-env.sh bench` made node:22.2.0', async () => {
    const docker = await requireEngine();
    const result = await run('node-pnpm-workspaces');
    const exact = await docker.inspectImage('node:22.2.0-bookworm-slim').then(
      () => true,
      () => false,
    );
    if (exact)
      expect({ stage: result.stage, reason: result.reason }).toEqual({ stage: 'passed', reason: '' });
    else {
      expect(result.stage).toBe('run');
      expect(result.versionOnly).toBe(true);
      expect(result.reason.split('; missing: ')[1]).toBe('Node v: v22.2.0');
    }
  }, 600_000);
});
