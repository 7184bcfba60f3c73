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
  },
});
