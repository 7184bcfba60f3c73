import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectInMemory, type TestClient } from '../../helpers/mcp.js';

const FIXTURES = 'test/dockerfile/generate/fixtures';

describe('project_detect (MCP)', () => {
  let mcp: TestClient;
  beforeAll(async () => {
    mcp = await connectInMemory();
  });
  afterAll(() => mcp.close());

  it('explains each fact with the file it came from', async () => {
    const out = await mcp.ok<Record<string, { value: unknown; source: string }> & { canGenerate: boolean }>(
      'project_detect',
      { dir: `${FIXTURES}/node-npm-build` },
    );
    expect(out.language).toEqual({ value: 'node', source: 'package.json' });
    expect(out.packageManager).toEqual({ value: 'npm', source: 'package-lock.json' });
    expect(out.buildCommand).toEqual({ value: 'npm run build', source: 'package.json#scripts.build' });
    expect(out.startCommand).toEqual({ value: 'node dist/server.js', source: 'package.json#scripts.start' });
    expect(out.port).toEqual({ value: 3000, source: 'src/server.js' });
    expect(out.canGenerate).toBe(true);
    const result = await mcp.call('project_detect', { dir: `${FIXTURES}/go-stdlib` });
    expect((result.content as { text: string }[])[0].text).toMatch(
      /^go in .*go-stdlib; package manager go-modules \(from go\.mod\)/,
    );
  });

  it('refuses a path outside the workspace and an empty directory', async () => {
    expect(await mcp.fails('project_detect', { dir: '/etc' })).toMatch(/outside the workspace/);
    expect(await mcp.fails('project_detect', { dir: 'test/tools/project/no-such-dir' })).toMatch(
      /does not exist/,
    );
  });
});
