import os from 'node:os';
import path from 'node:path';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    maxWorkers: 2,
    globalSetup: ['test/global-setup.ts'],
    // dist/ is what ships: Node loads it as it is, without Vite's transforms.
    server: { deps: { external: [/\/dist\//] } },
    // Tests never write to the user's own pattern store; files that need their own set it.
    env: { DOCKWRIGHT_PATTERNS_DB: path.join(os.tmpdir(), `dockwright-test-patterns-${process.pid}.db`) },
  },
});
