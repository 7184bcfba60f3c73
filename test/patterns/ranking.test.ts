import { describe, expect, it } from 'vitest';
import { type PatternStore, patternScore } from '../../src/patterns/index.js';
import { cleanScore, proofScore, recencyScore, sizeScore } from '../../src/patterns/ranking.js';
import type { BuildEvidence } from '../../src/patterns/record.js';
import { useTempStores } from './temp-store.js';

const stores = useTempStores();
const NOW = Date.parse('2025-06-01T00:00:00Z');
const DAY = 86_400_000;
const MB = 1024 * 1024;
const clean: BuildEvidence = { imageSizeBytes: 100 * MB, lint: { error: 0, warning: 0, info: 0 } };

async function record(
  store: PatternStore,
  name: string,
  evidence: BuildEvidence,
  daysAgo = 0,
  builds = 1,
): Promise<string> {
  let id = '';
  for (let build = 0; build < builds; build++) {
    ({ id } = await store.recordBuild({
      dockerfile: `FROM busybox:1.36\nCMD ["echo", "${name}"]\n`,
      stack: { language: 'shell' },
      title: name,
      evidence,
      at: new Date(NOW - daysAgo * DAY),
    }));
  }
  return id;
}

const order = (store: PatternStore) => store.search({ language: 'shell' }, NOW).hits.map((hit) => hit.title);

describe('score parts', () => {
  it('follow the documented formula', () => {
    expect([0, 1, 3].map(proofScore)).toEqual([0, 0.5, 0.875]);
    expect(sizeScore(200 * MB)).toBe(0.5);
    expect(sizeScore(undefined)).toBe(0.5);
    expect(recencyScore(NOW - 90 * DAY, NOW)).toBe(0.5);
    expect(recencyScore(undefined, NOW)).toBe(0);
    expect(
      cleanScore({
        lint: { error: 0, warning: 0, info: 0 },
        vulnerabilities: { critical: 0, high: 0, medium: 0, low: 0, unknown: 0 },
      }),
    ).toBe(1);
    expect(cleanScore({ lint: { error: 1, warning: 0, info: 0 }, vulnerabilities: 'unknown' })).toBeCloseTo(
      1 / 4.5,
    );
  });
});

describe('search ranking', () => {
  it('favours proven patterns', async () => {
    const store = await stores.open();
    await record(store, 'once', clean);
    await record(store, 'thrice', clean, 0, 3);
    expect(order(store)).toEqual(['thrice', 'once']);
  });

  it('favours recent successes', async () => {
    const store = await stores.open();
    await record(store, 'last year', clean, 365);
    await record(store, 'yesterday', clean, 1);
    expect(order(store)).toEqual(['yesterday', 'last year']);
  });

  it('favours small images', async () => {
    const store = await stores.open();
    await record(store, 'large', { ...clean, imageSizeBytes: 900 * MB });
    await record(store, 'small', { ...clean, imageSizeBytes: 20 * MB });
    expect(order(store)).toEqual(['small', 'large']);
  });

  it('favours clean lint and scan results', async () => {
    const store = await stores.open();
    await record(store, 'vulnerable', {
      ...clean,
      vulnerabilities: { critical: 1, high: 2, medium: 0, low: 0, unknown: 0 },
    });
    await record(store, 'warned', { ...clean, lint: { error: 0, warning: 2, info: 0 } });
    await record(store, 'clean', {
      ...clean,
      vulnerabilities: { critical: 0, high: 0, medium: 0, low: 3, unknown: 0 },
    });
    expect(order(store)).toEqual(['clean', 'warned', 'vulnerable']);
  });

  it('puts a recorded, proven pattern above the unproven built-ins of its stack', async () => {
    const store = await stores.open();
    const { id } = await store.recordBuild({
      dockerfile: 'FROM node:20-bookworm-slim\nUSER node\nCMD ["node", "index.js"]\n',
      stack: { language: 'node' },
      evidence: { ...clean, imageSizeBytes: 320 * MB },
    });
    expect(store.search({ language: 'node' }).hits[0].id).toBe(id);
    expect(store.search({ text: 'node' }).hits[0].id).toBe(id);
  });

  it('computes in SQL the same score as patternScore', async () => {
    const store = await stores.open();
    await record(store, 'a', { ...clean, vulnerabilities: 'unknown' }, 30, 2);
    await record(store, 'b', { imageSizeBytes: 700 * MB, lint: { error: 1, warning: 3, info: 5 } }, 200);
    await record(store, 'c', {}, 0);
    for (const hit of store.search({ language: 'shell' }, NOW).hits) {
      expect(hit.score).toBeCloseTo(patternScore(hit.evidence, 1, NOW), 3);
    }
  });

  it('ranks a title match above a match deep in the Dockerfile when the evidence is equal', async () => {
    const store = await stores.open();
    const evidence = clean;
    await store.recordBuild({
      dockerfile: 'FROM python:3.12\nRUN pip install flask\n',
      title: 'Python app',
      evidence,
    });
    await store.recordBuild({
      dockerfile: 'FROM python:3.12\nRUN pip install django\n',
      title: 'Flask app',
      evidence,
    });
    const hits = store.search({ text: 'flask' }).hits;
    expect(hits.map((hit) => hit.title)).toEqual(['Flask app', 'Python app']);
    expect(hits[0].score).toBeGreaterThan(hits[1].score);
  });
});
