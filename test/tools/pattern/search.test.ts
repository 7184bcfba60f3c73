import { writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { connectInMemory, withClient } from '../../helpers/mcp.js';
import { useTempPatternStore } from './store-env.js';

const store = useTempPatternStore();

interface SearchOutput {
  patterns: {
    id: string;
    title: string;
    stack: string;
    source: string;
    status: string;
    score: number;
    evidence: string;
  }[];
  total: number;
  truncated: boolean;
}

describe('pattern_search', () => {
  it('returns compact ranked hits with their status, and says when the limit cut them', async () => {
    await withClient(connectInMemory(), async (mcp) => {
      const go = await mcp.ok<SearchOutput>('pattern_search', { text: 'go static binary distroless' });
      expect(go.patterns[0]).toMatchObject({
        id: 'builtin-go-static',
        stack: 'go / go modules on gcr.io/distroless/static-debian12:nonroot',
        source: 'builtin',
        status: 'candidate',
        evidence: 'candidate: never built here',
      });
      const cut = await mcp.ok<SearchOutput>('pattern_search', { language: 'node', limit: 1 });
      expect(cut).toMatchObject({ total: 3, truncated: true });
      expect(cut.patterns).toHaveLength(1);
      const text = await mcp.call('pattern_search', { language: 'node', limit: 1 });
      expect((text.content as { text: string }[])[0].text).toMatch(
        /^3 pattern\(s\), best 1 shown:\n- builtin-\S+ \([\d.]+\) .*; builtin; candidate: never built here\]/,
      );
      expect(await mcp.ok<SearchOutput>('pattern_search', { text: 'cobol mainframe' })).toEqual({
        patterns: [],
        total: 0,
        truncated: false,
      });
    });
  });

  it('reports a damaged store as STORE_UNAVAILABLE while tools that do not need it keep working', async () => {
    writeFileSync(`${store.path()}.broken`, 'not a database'.repeat(100));
    const previous = process.env.DOCKWRIGHT_PATTERNS_DB;
    process.env.DOCKWRIGHT_PATTERNS_DB = `${store.path()}.broken`;
    const mcp = await connectInMemory();
    try {
      const failure = await mcp.fails('pattern_search', { text: 'node' });
      expect(failure).toMatch(/^\[STORE_UNAVAILABLE\] The pattern store .*patterns\.db\.broken is damaged/);
      expect(failure).toMatch(/Next: Move the file aside/);
      const tools = await mcp.client.listTools();
      expect(tools.tools.map((tool) => tool.name)).toContain('pattern_get');
    } finally {
      process.env.DOCKWRIGHT_PATTERNS_DB = previous;
      await mcp.close();
    }
  });
});
