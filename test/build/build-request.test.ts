import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { buildQuery, hasBuildKit } from '../../src/engine/build-request.js';
import type { BuildOptions } from '../../src/engine/build-types.js';

const options: BuildOptions = {
  context: {
    tar: async () => Readable.from([]),
    dockerfileInTar: 'docker/app.Dockerfile',
    sync: { dirs: {}, dockerfileName: 'app.Dockerfile', list: async function* () {} },
  },
  tags: ['a:1', 'a:latest'],
  buildArgs: { NODE_ENV: 'production' },
  cacheFrom: ['a:cache'],
};

describe('build requests', () => {
  it.each([
    [{ ApiVersion: '1.41', Os: 'linux' }, true],
    [{ ApiVersion: '1.47', Os: 'linux' }, true],
    [{ ApiVersion: '1.38', Os: 'linux' }, false],
    [{ ApiVersion: '1.41', Os: 'windows' }, false],
    [{}, false],
  ])('engine %j has BuildKit: %s', (version, expected) => {
    expect(hasBuildKit(version)).toBe(expected);
  });

  it('asks BuildKit to read a synced context through the session', () => {
    const query = buildQuery(options, 'buildkit', true, 'session-1');
    expect(query).toMatchObject({
      version: '2',
      remote: 'client-session',
      dockerfile: 'app.Dockerfile',
      session: 'session-1',
    });
    expect(query.t).toEqual(['a:1', 'a:latest']);
    expect(query.cachefrom).toBe('["a:cache"]');
    expect(query.buildid).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('names the Dockerfile inside the tar for the classic builder', () => {
    const classic = buildQuery(options, 'classic', false);
    expect(classic).toMatchObject({ version: '1', dockerfile: 'docker/app.Dockerfile', forcerm: true });
    // Unset parameters are left out, not sent empty (Podman refuses an empty buildargs=).
    expect(Object.keys(classic)).not.toContain('remote');
    expect(Object.keys(classic)).not.toContain('buildid');
  });
});
