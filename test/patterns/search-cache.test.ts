import { rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { PatternStore } from '../../src/patterns/index.js';
import { bundleScript, runNodeScript } from './child-processes.js';
import { useTempStores } from './temp-store.js';

// Search keeps the ranking columns in memory between calls; these tests change the store
// behind a store that already searched, and check that its next search sees the change.
const stores = useTempStores();

const shellDockerfile = (name: string) => `FROM busybox:1.36\nCMD ["echo", "${name}"]\n`;

function record(store: PatternStore, name: string) {
  return store.recordTrial({
    dockerfile: shellDockerfile(name),
    outcome: 'built',
    stack: { language: 'shell' },
    title: name,
    evidence: { imageSizeBytes: 10e6 },
  });
}

const shellTitles = (store: PatternStore) => store.search({ language: 'shell' }).hits.map((hit) => hit.title);

describe('a store that already searched', () => {
  it('sees patterns another connection adds, re-ranks, and deletes', async () => {
    const path = join(stores.directory(), 'patterns.db');
    const reader = await stores.open(path);
    const writer = await stores.open(path);
    expect(shellTitles(reader)).toEqual([]);
    expect(reader.search({ text: 'kestrel' }).total).toBe(0);

    await record(writer, 'kestrel');
    const falcon = await record(writer, 'falcon');
    expect(reader.search({ text: 'kestrel' }).hits.map((hit) => hit.title)).toEqual(['kestrel']);
    expect(shellTitles(reader)).toEqual(['falcon', 'kestrel']);

    // Only the evidence changes here (no full-text entry is new), and the order follows it.
    await record(writer, 'kestrel');
    expect(shellTitles(reader)).toEqual(['kestrel', 'falcon']);
    expect(reader.search({ language: 'shell', source: 'recorded' }).total).toBe(2);

    writer.delete(falcon.id!);
    expect(shellTitles(reader)).toEqual(['kestrel']);
    expect(reader.search({ language: 'shell', source: 'recorded' }).total).toBe(1);
  });

  it('sees its own writes, including ones that change only the ranking', async () => {
    const store = await stores.open();
    await record(store, 'kestrel');
    await record(store, 'falcon');
    expect(shellTitles(store)).toEqual(['falcon', 'kestrel']);
    await record(store, 'kestrel');
    expect(shellTitles(store)).toEqual(['kestrel', 'falcon']);
    const saved = await store.save({
      title: 'heron',
      dockerfile: shellDockerfile('heron'),
      language: 'shell',
    });
    expect(store.search({ language: 'shell', source: 'user' }).hits.map((hit) => hit.id)).toEqual([
      saved.pattern.id,
    ]);
  });

  it('sees patterns another process records', async () => {
    const path = join(stores.directory(), 'patterns.db');
    const reader = await stores.open(path);
    expect(reader.search({ language: 'shell' }).total).toBe(0);
    expect(reader.search({ text: 'alpha' }).total).toBe(0);

    const recorder = await bundleScript(resolve(import.meta.dirname, 'fixtures/recorder.ts'), 'recorder');
    try {
      const result = await runNodeScript(recorder, [path, 'alpha', '4', String(Date.now())]);
      expect(result.stderr).toBe('');
    } finally {
      rmSync(recorder);
    }
    // Builds 0 and 2 share one Dockerfile; 1 and 3 are alpha-1 and alpha-3.
    expect(reader.search({ language: 'shell' }).total).toBe(3);
    expect(reader.search({ text: 'alpha' }).total).toBe(2);
    const shared = reader.search({ text: 'shared' }).hits;
    expect(shared.map((hit) => hit.evidence.successfulBuilds)).toEqual([2]);
  });
});
