import { openSync, readdirSync, readFileSync, writeFileSync, writeSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lazyPatternStore } from '../../src/patterns/index.js';
import { holdLock } from './child-processes.js';
import { nodeDockerfile, useTempStores } from './temp-store.js';

const stores = useTempStores();
const unavailable = (message: RegExp, hint: RegExp) =>
  expect.objectContaining({
    code: 'STORE_UNAVAILABLE',
    message: expect.stringMatching(message),
    hint: expect.stringMatching(hint),
  });

describe('a damaged store file', () => {
  it('that is not SQLite at all gives STORE_UNAVAILABLE naming the file and what to do', async () => {
    const path = join(stores.directory(), 'patterns.db');
    writeFileSync(path, 'this is not a database\n'.repeat(200));
    await expect(stores.open(path)).rejects.toEqual(
      unavailable(/patterns\.db is damaged/, /Move the file aside/),
    );
  });

  it('with corrupt pages gives STORE_UNAVAILABLE when first used', async () => {
    const path = join(stores.directory(), 'patterns.db');
    (await stores.open(path)).close();
    const size = readFileSync(path).length;
    const fd = openSync(path, 'r+');
    writeSync(fd, Buffer.alloc(size - 4096, 0xab), 0, size - 4096, 4096);
    await expect(
      (async () => {
        const store = await stores.open(path);
        store.search({ text: 'node' });
        await store.recordTrial({ dockerfile: nodeDockerfile(), stack: {}, outcome: 'built', evidence: {} });
      })(),
    ).rejects.toEqual(unavailable(/is damaged/, /Move the file aside/));
  });

  it('in a place that cannot be a directory gives STORE_UNAVAILABLE', async () => {
    const notADirectory = join(stores.directory(), 'file');
    writeFileSync(notADirectory, '');
    await expect(stores.open(join(notADirectory, 'patterns.db'))).rejects.toEqual(
      unavailable(/cannot be opened for writing/, /writable/),
    );
  });
});

/** The longest the event loop went without running a 10 ms timer while `work` ran. */
async function longestStall(work: () => Promise<unknown>): Promise<number> {
  let last = Date.now();
  let longest = 0;
  const timer = setInterval(() => {
    longest = Math.max(longest, Date.now() - last);
    last = Date.now();
  }, 10);
  try {
    await work().catch(() => undefined);
  } finally {
    clearInterval(timer);
  }
  return Math.max(longest, Date.now() - last);
}

describe('a store locked by another process', () => {
  it('never stalls the event loop while it waits for the lock (no SQLite busy sleep)', async () => {
    const path = join(stores.directory(), 'patterns.db');
    const store = await stores.open(path, 1500);
    const lock = await holdLock(path, 'write');
    try {
      const started = Date.now();
      const write = store.recordTrial({
        dockerfile: nodeDockerfile(),
        stack: {},
        outcome: 'built',
        evidence: {},
      });
      const stall = await longestStall(() => write);
      await expect(write).rejects.toEqual(unavailable(/is locked by another process/, /Retry/));
      expect(Date.now() - started).toBeGreaterThanOrEqual(1400);
      expect(stall).toBeLessThan(250);
    } finally {
      await lock.release();
    }
  });

  it('still answers searches, and a write fails with a clear message until the lock is released', async () => {
    const path = join(stores.directory(), 'patterns.db');
    const store = await stores.open(path, 300);
    const lock = await holdLock(path, 'write');
    try {
      expect(store.search({ language: 'node' }).total).toBe(3);
      await expect(
        store.recordTrial({ dockerfile: nodeDockerfile(), stack: {}, outcome: 'built', evidence: {} }),
      ).rejects.toThrow(unavailable(/patterns\.db is locked by another process/, /Retry in a moment/));
    } finally {
      await lock.release();
    }
    expect(
      (await store.recordTrial({ dockerfile: nodeDockerfile(), stack: {}, outcome: 'built', evidence: {} }))
        .created,
    ).toBe(true);
  });

  it('cannot be opened while held in exclusive mode, and opens once released (failures are not cached)', async () => {
    const path = join(stores.directory(), 'patterns.db');
    (await stores.open(path)).close();
    const patterns = lazyPatternStore(path, { busyTimeoutMs: 300 });
    const lock = await holdLock(path, 'exclusive-mode');
    try {
      await expect(patterns()).rejects.toEqual(unavailable(/is locked by another process/, /Retry/));
    } finally {
      await lock.release();
    }
    const store = await patterns();
    expect(await patterns()).toBe(store);
    expect(store.search({ language: 'go' }).total).toBe(2);
    store.close();
  });
});

describe('loading', () => {
  it('never imports better-sqlite3 at the top level of a module (the store opens only when needed)', () => {
    const dir = resolve(import.meta.dirname, '../../src/patterns');
    const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((file) =>
      file.endsWith('.ts'),
    );
    for (const file of files) {
      const source = readFileSync(join(dir, file), 'utf8');
      expect(source, file).not.toMatch(/^import (?!type )[^;]*from 'better-sqlite3'/m);
    }
  });
});
