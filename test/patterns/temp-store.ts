import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import { openPatternStore, type PatternStore } from '../../src/patterns/index.js';

/** A fresh directory per test, removed afterwards with any store opened in it. */
export function useTempStores() {
  const cleanups: (() => void)[] = [];
  afterEach(() => {
    for (const cleanup of cleanups.splice(0)) cleanup();
  });
  const directory = () => {
    const dir = mkdtempSync(join(tmpdir(), 'dockwright-patterns-'));
    cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
    return dir;
  };
  const open = async (path?: string, busyTimeoutMs?: number): Promise<PatternStore> => {
    const store = await openPatternStore(path ?? join(directory(), 'patterns.db'), { busyTimeoutMs });
    cleanups.unshift(() => store.close());
    return store;
  };
  return { directory, open };
}

export const nodeDockerfile = (tag = '22-bookworm-slim') =>
  `FROM node:${tag} AS build\nWORKDIR /app\nCOPY . .\nRUN npm ci\n\nFROM node:${tag}\nWORKDIR /app\n` +
  'COPY --from=build /app .\nUSER node\nCMD ["node", "server.js"]\n';
