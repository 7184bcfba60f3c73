import { describe, expect, it } from 'vitest';
import { BUILTIN_PATTERNS } from '../../src/patterns/index.js';
import { nodeDockerfile, useTempStores } from './temp-store.js';

const stores = useTempStores();

describe('a new store', () => {
  it('holds the built-in patterns and finds them by text and by filter', async () => {
    const store = await stores.open();
    expect(store.count()).toBe(BUILTIN_PATTERNS.length);
    expect(store.search({ text: 'golang distroless static' }).hits[0].id).toBe('builtin-go-static');
    expect(store.search({ text: 'postgres redis' }).hits[0].id).toBe('builtin-compose-app-postgres-redis');
    expect(store.search({ language: 'PYTHON' }).hits.map((hit) => hit.id)).toEqual([
      'builtin-python-multi-stage',
    ]);
    expect(store.search({ tags: ['cache-mount', 'go'] }).hits.map((hit) => hit.id)).toEqual([
      'builtin-buildkit-cache-mounts',
    ]);
    expect(store.search({ text: 'cobol' })).toEqual({ hits: [], total: 0, truncated: false });
  });

  it('treats search text as words, never as FTS syntax', async () => {
    const store = await stores.open();
    for (const text of ['"unbalanced', 'NEAR(a b', 'title:node*', 'a AND OR NOT', '^-*']) {
      expect(() => store.search({ text })).not.toThrow();
    }
  });

  it('says when a limit cut the results', async () => {
    const store = await stores.open();
    expect(store.search({ language: 'node', limit: 2 })).toMatchObject({ total: 3, truncated: true });
    expect(store.search({ language: 'node', limit: 2 }).hits).toHaveLength(2);
  });
});

describe('recordTrial', () => {
  it('adds a recorded candidate, then updates its evidence when the same Dockerfile builds again', async () => {
    const store = await stores.open();
    const first = await store.recordTrial({
      dockerfile: nodeDockerfile(),
      stack: { language: 'node', framework: 'Express', packageManager: 'npm' },
      outcome: 'built',
      evidence: { imageSizeBytes: 180e6, buildTimeMs: 40_000, lint: { error: 0, warning: 1, info: 0 } },
      at: new Date('2025-01-01T00:00:00Z'),
    });
    const again = await store.recordTrial({
      dockerfile: nodeDockerfile().replace(/\n/g, '\n\n').replace('FROM', '# comment\nfrom'),
      stack: {},
      outcome: 'built',
      evidence: { imageSizeBytes: 170e6, scan: { status: 'unavailable' }, engineVersion: '20.10.24' },
      at: new Date('2025-02-01T00:00:00Z'),
    });
    expect(first).toMatchObject({ recorded: true, created: true, status: 'candidate' });
    expect(first.reason).toMatch(/built only/);
    expect(again).toMatchObject({ id: first.id, created: false, evidence: { successfulBuilds: 2 } });
    const pattern = store.get(first.id!);
    expect(pattern).toMatchObject({
      source: 'recorded',
      language: 'node',
      framework: 'express',
      baseImage: 'node:22-bookworm-slim',
      title: 'node / Express on node:22-bookworm-slim',
      dockerfile: nodeDockerfile(),
    });
    expect(pattern.tags).toEqual(['express', 'multi-stage', 'node', 'npm']);
    expect(pattern.evidence).toEqual({
      status: 'candidate',
      successfulBuilds: 2,
      verifiedRuns: 0,
      failedTrials: 0,
      lastSuccess: '2025-02-01T00:00:00.000Z',
      imageSizeBytes: 170e6,
      buildTimeMs: 40_000,
      lint: { error: 0, warning: 1, info: 0 },
      scan: { status: 'unavailable' },
      baseImages: ['node:22-bookworm-slim'],
      engineVersion: '20.10.24',
    });
    expect(store.count()).toBe(BUILTIN_PATTERNS.length + 1);
  });

  it('gives a built-in pattern evidence when its Dockerfile is the one that built', async () => {
    const store = await stores.open();
    const seed = BUILTIN_PATTERNS[0];
    expect(
      await store.recordTrial({ dockerfile: seed.dockerfile, stack: {}, outcome: 'built', evidence: {} }),
    ).toMatchObject({ id: seed.id });
    expect(store.get(seed.id)).toMatchObject({
      source: 'builtin',
      evidence: { status: 'candidate', successfulBuilds: 1 },
    });
  });
});

describe('save, get and delete', () => {
  it('saves a user pattern, updates it by id, and refuses to give it another pattern’s Dockerfile', async () => {
    const store = await stores.open();
    const saved = await store.save({
      title: 'Mine',
      dockerfile: nodeDockerfile('20'),
      tags: ['Team A', 'node'],
    });
    expect(saved).toMatchObject({ created: true, pattern: { source: 'user', tags: ['node', 'team-a'] } });
    const renamed = await store.save({
      id: saved.pattern.id,
      title: 'Ours',
      dockerfile: nodeDockerfile('21'),
    });
    expect(renamed).toMatchObject({ created: false, pattern: { id: saved.pattern.id, title: 'Ours' } });
    await expect(
      store.save({ id: saved.pattern.id, title: 'Clash', dockerfile: BUILTIN_PATTERNS[0].dockerfile }),
    ).rejects.toThrow(expect.objectContaining({ code: 'CONFLICT' }));
    const same = await store.save({ title: 'Same file, new words', dockerfile: nodeDockerfile('21') });
    expect(same).toMatchObject({
      created: false,
      pattern: { id: saved.pattern.id, title: 'Same file, new words' },
    });
  });

  it('reports unknown ids as NOT_FOUND and deletes patterns with their tags and search entries', async () => {
    const store = await stores.open();
    expect(() => store.get('p-nope')).toThrow(expect.objectContaining({ code: 'NOT_FOUND' }));
    await expect(store.delete('p-nope')).rejects.toThrow(expect.objectContaining({ code: 'NOT_FOUND' }));
    expect(await store.delete('builtin-go-static')).toMatch(/Go static binary/);
    expect(store.search({ text: 'distroless' }).hits.map((hit) => hit.id)).toEqual([
      'builtin-buildkit-cache-mounts',
    ]);
    expect(store.search({ tags: ['static-binary'] }).total).toBe(0);
  });

  it('refuses a Dockerfile without FROM', async () => {
    const store = await stores.open();
    await expect(store.save({ title: 'x', dockerfile: 'RUN true' })).rejects.toThrow(
      expect.objectContaining({ code: 'INVALID_ARGUMENT' }),
    );
  });
});
