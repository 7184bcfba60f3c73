import { describe, expect, it } from 'vitest';
import { type PatternStore, patternScore, type TrialOutcome } from '../../src/patterns/index.js';
import {
  cleanScore,
  recencyScore,
  reliability,
  sizeScore,
  speedScore,
  trialsScore,
} from '../../src/patterns/ranking.js';
import type { TrialEvidence } from '../../src/patterns/types.js';
import { useTempStores } from './temp-store.js';

const stores = useTempStores();
const NOW = Date.parse('2025-06-01T00:00:00Z');
const DAY = 86_400_000;
const MB = 1024 * 1024;
const clean: TrialEvidence = {
  imageSizeBytes: 100 * MB,
  lint: { error: 0, warning: 0, info: 0 },
  scan: { status: 'clean' },
};

async function record(
  store: PatternStore,
  name: string,
  evidence: TrialEvidence,
  { daysAgo = 0, times = 1, outcome = 'passed' as TrialOutcome } = {},
): Promise<string> {
  let id: string | undefined;
  for (let trial = 0; trial < times; trial++) {
    ({ id } = await store.recordTrial({
      dockerfile: `FROM busybox:1.36\nCMD ["echo", "${name}"]\n`,
      stack: { language: 'shell' },
      outcome,
      failedStage: 'run',
      title: name,
      evidence,
      at: new Date(NOW - daysAgo * DAY),
    }));
  }
  return id!;
}

const order = (store: PatternStore) => store.search({ language: 'shell' }, NOW).hits.map((hit) => hit.title);

describe('score parts', () => {
  it('follow the documented formula', () => {
    expect(trialsScore({ verifiedRuns: 0, successfulBuilds: 0, failedTrials: 0 })).toBe(0);
    expect(trialsScore({ verifiedRuns: 1, successfulBuilds: 1, failedTrials: 0 })).toBe(0.5);
    expect(reliability({ verifiedRuns: 0, successfulBuilds: 1, failedTrials: 1 })).toBe(0.5);
    expect(reliability({ verifiedRuns: 3, successfulBuilds: 3, failedTrials: 1 })).toBe(0.8);
    expect(trialsScore({ verifiedRuns: 0, successfulBuilds: 1, failedTrials: 0 })).toBeCloseTo(0.15);
    expect(sizeScore(200 * MB)).toBe(0.5);
    expect(sizeScore(undefined)).toBe(0.5);
    expect(speedScore(5000)).toBe(0.5);
    expect(speedScore(undefined)).toBe(0.5);
    expect(recencyScore(NOW - 90 * DAY, NOW)).toBe(0.5);
    expect(recencyScore(undefined, NOW)).toBe(0);
    expect(cleanScore(clean)).toBe(1);
    expect(
      cleanScore({ lint: { error: 1, warning: 0, info: 0 }, scan: { status: 'unavailable' } }),
    ).toBeCloseTo(1 / 4.5);
    expect(cleanScore({ lint: clean.lint, scan: { status: 'not-run' } })).toBeCloseTo(1 / 1.5);
  });
});

describe('search ranking by evidence', () => {
  it('puts a proven pattern above candidates, however small or recent they are', async () => {
    const store = await stores.open();
    await record(store, 'built only', { ...clean, imageSizeBytes: 5 * MB }, { outcome: 'built', times: 5 });
    await record(store, 'proven', { ...clean, imageSizeBytes: 900 * MB }, { daysAgo: 300 });
    expect(order(store)).toEqual(['proven', 'built only']);
  });

  it('favours more verified runs, and counts a failure against a pattern', async () => {
    const store = await stores.open();
    await record(store, 'once', clean);
    await record(store, 'thrice', clean, { times: 3 });
    await record(store, 'built only', clean, { outcome: 'built', times: 3 });
    expect(order(store)).toEqual(['thrice', 'once', 'built only']);
    const before = store.search({ text: 'thrice' }, NOW).hits[0].score;
    await record(store, 'thrice', clean, { outcome: 'failed' });
    expect(store.search({ text: 'thrice' }, NOW).hits[0].score).toBeLessThan(before - 0.3);
    // Demoted, it stays above a Dockerfile that was never seen running.
    expect(order(store)).toEqual(['once', 'thrice', 'built only']);
  });

  it('ranks a Dockerfile whose image crashed below one that was only built', async () => {
    const store = await stores.open();
    await record(store, 'crashed', clean, { outcome: 'built' });
    await record(store, 'crashed', clean, { outcome: 'failed' });
    await record(store, 'built only', clean, { outcome: 'built' });
    const [builtOnly, crashed] = store.search({ language: 'shell' }, NOW).hits;
    expect([builtOnly.title, crashed.title]).toEqual(['built only', 'crashed']);
    expect(builtOnly.score - crashed.score).toBeGreaterThan(0.05);
  });

  it('favours recent successes', async () => {
    const store = await stores.open();
    await record(store, 'last year', clean, { daysAgo: 365 });
    await record(store, 'yesterday', clean, { daysAgo: 1 });
    expect(order(store)).toEqual(['yesterday', 'last year']);
  });

  it('favours small images and a short time to healthy', async () => {
    const store = await stores.open();
    await record(store, 'large', { ...clean, imageSizeBytes: 900 * MB });
    await record(store, 'small', { ...clean, imageSizeBytes: 20 * MB });
    expect(order(store)).toEqual(['small', 'large']);
    await record(store, 'slow', { ...clean, timeToHealthyMs: 30_000 });
    await record(store, 'fast', { ...clean, timeToHealthyMs: 800 });
    expect(order(store).filter((title) => title === 'slow' || title === 'fast')).toEqual(['fast', 'slow']);
  });

  it('favours clean lint and scan results over findings and unknown scans', async () => {
    const store = await stores.open();
    const findings = (high: number) => ({
      status: 'findings' as const,
      counts: { critical: 0, high, medium: 0, low: 0, unknown: 0 },
    });
    await record(store, 'vulnerable', { ...clean, scan: findings(2) }, { outcome: 'built' });
    await record(store, 'unknown scan', { ...clean, scan: { status: 'unavailable' } }, { outcome: 'built' });
    await record(store, 'clean', clean, { outcome: 'built' });
    await record(
      store,
      'warned',
      { ...clean, lint: { error: 0, warning: 2, info: 0 } },
      { outcome: 'built' },
    );
    expect(order(store)).toEqual(['clean', 'unknown scan', 'warned', 'vulnerable']);
  });

  it('puts a proven recorded pattern above the built-ins of its stack', async () => {
    const store = await stores.open();
    const { id } = await store.recordTrial({
      dockerfile: 'FROM node:20-bookworm-slim\nUSER node\nCMD ["node", "index.js"]\n',
      stack: { language: 'node' },
      outcome: 'passed',
      evidence: { ...clean, imageSizeBytes: 320 * MB },
    });
    expect(store.search({ language: 'node' }).hits[0].id).toBe(id);
    expect(store.search({ text: 'node' }).hits[0].id).toBe(id);
  });

  it('computes from the stored columns the same score as patternScore', async () => {
    const store = await stores.open();
    await record(store, 'a', { ...clean, scan: { status: 'unavailable' } }, { daysAgo: 30, times: 2 });
    await record(
      store,
      'b',
      { imageSizeBytes: 700 * MB, lint: { error: 1, warning: 3, info: 5 } },
      { daysAgo: 200 },
    );
    await record(store, 'c', {}, { outcome: 'built' });
    await record(store, 'c', {}, { outcome: 'failed' });
    for (const hit of store.search({ language: 'shell' }, NOW).hits) {
      expect(hit.score).toBeCloseTo(patternScore(hit.evidence, 1, NOW), 2);
    }
  });
});

describe('search ranking by text', () => {
  it('ranks a title match above a match deep in the Dockerfile when the evidence is equal', async () => {
    const store = await stores.open();
    const trial = { stack: {}, outcome: 'built', evidence: clean } as const;
    await store.recordTrial({
      ...trial,
      dockerfile: 'FROM python:3.12\nRUN pip install flask\n',
      title: 'Python app',
    });
    await store.recordTrial({
      ...trial,
      dockerfile: 'FROM python:3.12\nRUN pip install django\n',
      title: 'Flask app',
    });
    const hits = store.search({ text: 'flask' }).hits;
    expect(hits.map((hit) => hit.title)).toEqual(['Flask app', 'Python app']);
    expect(hits[0].score).toBeGreaterThan(hits[1].score);
  });

  it('does not answer an off-topic query with a proven pattern that only shares a word deep in its Dockerfile', async () => {
    const store = await stores.open();
    const workaround = await store.recordTrial({
      dockerfile:
        'FROM python:3.11-slim-bookworm\nWORKDIR /app\nCOPY scripts/ ./scripts/\nRUN python scripts/fix_paths.py\n' +
        'USER 10001\nCMD ["python", "-m", "app"]\n',
      stack: { language: 'python', packageManager: 'pip' },
      outcome: 'passed',
      evidence: { ...clean, timeToHealthyMs: 900 },
    });
    expect(store.get(workaround.id!).evidence.status).toBe('proven');
    const shell = await store.recordTrial({
      dockerfile: 'FROM busybox:latest\nCOPY run.sh /run.sh\nCMD ["sh", "/run.sh"]\n',
      stack: { language: 'shell' },
      title: 'Shell script on busybox',
      outcome: 'built',
      evidence: clean,
    });
    const hits = store.search({ text: 'shell script' }).hits.map((hit) => hit.id);
    expect(hits).toContain(shell.id);
    expect(hits).not.toContain(workaround.id);
    expect(store.search({ text: 'python scripts' }).hits[0].id).toBe(workaround.id);
  });

  it('still finds a pattern by a word that only its Dockerfile holds, and by words every pattern shares', async () => {
    const store = await stores.open();
    const { id } = await record(store, 'x', clean).then((found) => ({ id: found }));
    expect(store.search({ text: 'busybox' }).hits.map((hit) => hit.id)).toEqual([id]);
    expect(store.search({ text: 'multi stage' }).total).toBeGreaterThan(0);
  });
});
