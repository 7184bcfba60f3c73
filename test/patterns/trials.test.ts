import { describe, expect, it } from 'vitest';
import type { PatternStore, RecordTrialInput, TrialEvidence } from '../../src/patterns/index.js';
import { nodeDockerfile, useTempStores } from './temp-store.js';

const stores = useTempStores();
const checked: TrialEvidence = {
  imageSizeBytes: 150e6,
  timeToHealthyMs: 1200,
  lint: { error: 0, warning: 0, info: 1 },
  scan: { status: 'clean' },
  checksPassed: ['build', 'run', 'http'],
};

function trial(
  store: PatternStore,
  outcome: RecordTrialInput['outcome'],
  evidence = checked,
  failedStage?: string,
) {
  return store.recordTrial({
    dockerfile: nodeDockerfile(),
    stack: { language: 'node' },
    outcome,
    evidence,
    failedStage,
  });
}

describe('trial outcomes', () => {
  it('keep a build-only Dockerfile a candidate, prove it when it passes, and keep it proven through rebuilds', async () => {
    const store = await stores.open();
    const built = await trial(store, 'built', { lint: checked.lint });
    expect(built).toMatchObject({ recorded: true, created: true, status: 'candidate' });
    const passed = await trial(store, 'passed');
    expect(passed).toMatchObject({ id: built.id, status: 'proven', reason: undefined });
    expect(await trial(store, 'built', {})).toMatchObject({ status: 'proven', reason: undefined });
    expect(store.get(built.id!).evidence).toMatchObject({
      status: 'proven',
      successfulBuilds: 3,
      verifiedRuns: 1,
      failedTrials: 0,
      timeToHealthyMs: 1200,
      scan: { status: 'clean' },
      checksPassed: ['build', 'run', 'http'],
      baseImages: ['node:22-bookworm-slim'],
    });
  });

  it('demote a proven pattern to candidate on a later failure, and prove it again on a later pass', async () => {
    const store = await stores.open();
    const { id } = await trial(store, 'passed');
    const failed = await trial(store, 'failed', { timeToHealthyMs: undefined }, 'verify');
    expect(failed).toMatchObject({ id, status: 'candidate' });
    expect(failed.reason).toBe('its last trial failed at verify, so it is a candidate again');
    expect(store.get(id!).evidence).toMatchObject({
      status: 'candidate',
      verifiedRuns: 1,
      failedTrials: 1,
      failedStage: 'verify',
    });
    expect(store.search({ text: 'node', limit: 50 }).hits.find((hit) => hit.id === id)?.evidence.status).toBe(
      'candidate',
    );
    expect(await trial(store, 'passed')).toMatchObject({ status: 'proven' });
    expect(store.get(id!).evidence).toMatchObject({ verifiedRuns: 2, failedTrials: 1 });
  });

  it('do not prove a pass without a clean lint and a recorded scan, and say why', async () => {
    const store = await stores.open();
    const noScan = await trial(store, 'passed', { ...checked, scan: undefined });
    expect(noScan).toMatchObject({
      status: 'candidate',
      reason: 'it passed, but its scan status was not recorded',
    });
    const warned = await trial(store, 'passed', { ...checked, lint: { error: 0, warning: 2, info: 0 } });
    expect(warned).toMatchObject({
      status: 'candidate',
      reason: 'it passed, but lint found 0 error(s) and 2 warning(s)',
    });
    expect(await trial(store, 'passed', { ...checked, lint: undefined })).toMatchObject({
      reason: 'it passed, but its lint result was not recorded',
    });
    expect(await trial(store, 'passed', { ...checked, scan: { status: 'not-run' } })).toMatchObject({
      status: 'proven',
    });
  });

  it('keep nothing of a failure of a Dockerfile the memory never held', async () => {
    const store = await stores.open();
    const before = store.count();
    const failed = await trial(store, 'failed', {}, 'build');
    expect(failed).toMatchObject({ recorded: false, created: false });
    expect(failed.reason).toMatch(/never recorded is not kept/);
    expect(store.count()).toBe(before);
  });

  it('make a hand-saved pattern a candidate, and reset the evidence when its Dockerfile changes', async () => {
    const store = await stores.open();
    const saved = await store.save({ title: 'Mine', dockerfile: nodeDockerfile('21') });
    expect(saved.pattern.evidence).toMatchObject({ status: 'candidate', successfulBuilds: 0 });
    const { id } = await trial(store, 'passed');
    const renamed = await store.save({ id, title: 'Renamed', dockerfile: nodeDockerfile() });
    expect(renamed.pattern.evidence.status).toBe('proven');
    const edited = await store.save({ id, title: 'Edited', dockerfile: nodeDockerfile('20') });
    expect(edited.pattern.evidence).toEqual({
      status: 'candidate',
      successfulBuilds: 0,
      verifiedRuns: 0,
      failedTrials: 0,
    });
  });
});
