import { describe, expect, it } from 'vitest';
import { connectInMemory, withClient } from '../../helpers/mcp.js';
import { useTempPatternStore } from './store-env.js';

useTempPatternStore();

describe('pattern_get', () => {
  it('returns a pattern in full, with its files in the text for clients without structured content', async () => {
    await withClient(connectInMemory(), async (mcp) => {
      const pattern = await mcp.ok<Record<string, unknown>>('pattern_get', {
        id: 'builtin-compose-app-postgres-redis',
      });
      expect(pattern).toMatchObject({
        id: 'builtin-compose-app-postgres-redis',
        source: 'builtin',
        language: 'node',
        evidence: { status: 'candidate', successfulBuilds: 0, verifiedRuns: 0, failedTrials: 0 },
      });
      expect(pattern.dockerfile).toMatch(/^FROM node:22-bookworm-slim AS deps/);
      expect(pattern.compose).toMatch(/condition: service_healthy/);
      expect(pattern).not.toHaveProperty('dockerfileHash');
      const result = await mcp.call('pattern_get', { id: 'builtin-compose-app-postgres-redis' });
      const text = (result.content as { text: string }[])[0].text;
      expect(text).toMatch(
        /^Compose stack: .*\(builtin-compose-app-postgres-redis, builtin; candidate: never built here\)/,
      );
      expect(text).toContain('Dockerfile:\nFROM node:22-bookworm-slim AS deps');
      expect(text).toContain('compose.yaml:\nservices:');
    });
  });

  it('says how to find ids when the id is unknown', async () => {
    await withClient(connectInMemory(), async (mcp) => {
      expect(await mcp.fails('pattern_get', { id: 'p-missing' })).toBe(
        '[NOT_FOUND] Pattern "p-missing" not found.\nNext: Find pattern ids with pattern_search.',
      );
    });
  });
});
