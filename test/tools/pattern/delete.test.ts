import { describe, expect, it } from 'vitest';
import { connectInMemory, withClient } from '../../helpers/mcp.js';
import { useTempPatternStore } from './store-env.js';

useTempPatternStore();

describe('pattern_delete', () => {
  it('needs confirmation, then deletes the pattern so that search and get no longer find it', async () => {
    await withClient(connectInMemory(), async (mcp) => {
      const tool = (await mcp.client.listTools()).tools.find((entry) => entry.name === 'pattern_delete');
      expect(tool?.annotations).toEqual({ destructiveHint: true, openWorldHint: false });
      expect(await mcp.fails('pattern_delete', { id: 'builtin-build-secrets' })).toMatch(
        /CONFIRMATION_REQUIRED/,
      );
      expect(await mcp.ok('pattern_delete', { id: 'builtin-build-secrets', confirm: true })).toEqual({
        deleted: 'builtin-build-secrets',
        title: 'Build secrets: private npm registry token mounted only for npm ci',
      });
      expect(await mcp.fails('pattern_get', { id: 'builtin-build-secrets' })).toMatch(/NOT_FOUND/);
      const search = await mcp.ok<{ patterns: { id: string }[] }>('pattern_search', {
        tags: ['build-secret'],
      });
      expect(search.patterns).toEqual([]);
      expect(await mcp.fails('pattern_delete', { id: 'builtin-build-secrets', confirm: true })).toMatch(
        /NOT_FOUND/,
      );
    });
  });
});
