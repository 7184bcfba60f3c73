import { describe, expect, it } from 'vitest';
import { connectInMemory, withClient } from '../../helpers/mcp.js';
import { useTempPatternStore } from './store-env.js';

useTempPatternStore();

const dockerfile = `FROM python:3.12-slim-bookworm
ENV API_TOKEN=tok-123456 PORT=8000
USER 10001
CMD ["python", "-m", "http.server", "8000"]
`;

describe('pattern_save', () => {
  it('saves with secrets masked, finds it, and updates the same Dockerfile instead of duplicating it', async () => {
    await withClient(connectInMemory(), async (mcp) => {
      const saved = await mcp.ok('pattern_save', {
        title: 'Tiny Python file server',
        dockerfile,
        language: 'python',
        tags: ['stdlib'],
      });
      expect(saved).toMatchObject({
        created: true,
        source: 'user',
        status: 'candidate',
        secretsMasked: true,
      });
      const got = await mcp.ok<{ dockerfile: string }>('pattern_get', { id: saved.id });
      expect(got.dockerfile).toContain('ENV API_TOKEN=**** PORT=8000');
      const search = await mcp.ok<{ patterns: { id: string }[] }>('pattern_search', { tags: ['stdlib'] });
      expect(search.patterns.map((hit) => hit.id)).toEqual([saved.id]);
      const again = await mcp.ok('pattern_save', {
        title: 'Renamed',
        dockerfile: `# same file\n${dockerfile.toLowerCase().replace('from python', 'FROM python')}`,
      });
      expect(again.id).not.toBe(saved.id);
      const same = await mcp.ok('pattern_save', { title: 'Renamed', dockerfile: `# same\n\n${dockerfile}` });
      expect(same).toMatchObject({ id: saved.id, created: false, title: 'Renamed' });
    });
  });

  it('refuses a private key with REFUSED and a next step', async () => {
    await withClient(connectInMemory(), async (mcp) => {
      const failure = await mcp.fails('pattern_save', {
        title: 'bad',
        dockerfile: `${dockerfile}RUN echo '-----BEGIN RSA PRIVATE KEY-----' > /k\n`,
      });
      expect(failure).toMatch(/^\[REFUSED\] The Dockerfile contains a private key block/);
      expect(failure).toMatch(/--mount=type=secret/);
    });
  });

  it('is listed as a write tool', async () => {
    await withClient(connectInMemory(), async (mcp) => {
      const tool = (await mcp.client.listTools()).tools.find((entry) => entry.name === 'pattern_save');
      expect(tool?.annotations).toEqual({ destructiveHint: false, openWorldHint: false });
    });
  });
});
