import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectInMemory, type TestClient } from '../../helpers/mcp.js';

interface Finding {
  code: string;
  path: string;
  line?: number;
  file?: string;
}

describe('compose_validate (MCP)', () => {
  let mcp: TestClient;
  beforeAll(async () => {
    mcp = await connectInMemory();
  });
  afterAll(() => mcp.close());

  it('reports a spec error with its path and line', async () => {
    const out = await mcp.ok<{ valid: boolean; errors: Finding[] }>('compose_validate', {
      dir: 'test/compose/fixtures/invalid',
      files: ['unknown-key.yaml'],
    });
    expect(out.valid).toBe(false);
    expect(out.errors[0]).toMatchObject({
      code: 'schema',
      path: 'services.web.prots',
      line: 4,
      file: 'unknown-key.yaml',
    });
  });

  it('answers wrong-typed ports and networks with errors at their lines, and rejects an empty file', async () => {
    const wrong = await mcp.ok<{ valid: boolean; errors: (Finding & { message: string })[] }>(
      'compose_validate',
      {
        dir: 'test/compose/fixtures/invalid',
        files: ['wrong-types.yaml'],
      },
    );
    expect(wrong.valid).toBe(false);
    expect(wrong.errors.map((e) => [e.path, e.line])).toEqual([
      ['services.web.ports', 4],
      ['services.web.networks', 5],
    ]);
    const empty = await mcp.ok<{ valid: boolean; errors: (Finding & { message: string })[] }>(
      'compose_validate',
      {
        dir: 'test/compose/fixtures/invalid',
        files: ['empty.yaml'],
      },
    );
    expect(empty.valid).toBe(false);
    expect(empty.errors[0]).toMatchObject({ code: 'schema', file: 'empty.yaml' });
    expect(empty.errors[0].message).toMatch(/empty.*Add one under "services:"/);
  });

  it('lints a valid but risky file and can ignore rules', async () => {
    const out = await mcp.ok<{ valid: boolean; findings: Finding[] }>('compose_validate', {
      dir: 'test/compose/fixtures/risky',
    });
    expect(out.valid).toBe(true);
    expect(out.findings.map((f) => f.code)).toEqual(
      expect.arrayContaining(['DC002', 'DC004', 'DC006', 'DC007', 'DC009']),
    );
    const ignored = await mcp.ok<{ findings: Finding[] }>('compose_validate', {
      dir: 'test/compose/fixtures/risky',
      ignore: ['DC003', 'DC010'],
    });
    expect(ignored.findings.some((f) => f.code === 'DC003' || f.code === 'DC010')).toBe(false);
    const result = await mcp.call('compose_validate', { dir: 'test/compose/fixtures/risky' });
    expect((result.content as { text: string }[])[0].text).toMatch(
      /DC007 Docker socket mounted: Remove the mount/,
    );
  });

  it('refuses a folder outside the workspace', async () => {
    expect(await mcp.fails('compose_validate', { dir: '/etc' })).toMatch(/outside the workspace/);
  });
});

describe('compose_validate reads only inside the workspace', () => {
  it('refuses an extends file outside the workspace', async () => {
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const path = await import('node:path');
    const { REPO_ROOT } = await import('../../helpers/mcp.js');
    const dir = mkdtempSync(path.join(REPO_ROOT, 'test/compose/fixtures/.tmp-'));
    writeFileSync(
      path.join(dir, 'compose.yaml'),
      'services:\n  a:\n    extends:\n      file: /etc/passwd\n      service: root\n',
    );
    const mcp = await connectInMemory();
    try {
      expect(await mcp.fails('compose_validate', { dir: path.relative(REPO_ROOT, dir) })).toMatch(
        /outside the workspace/,
      );
    } finally {
      await mcp.close();
      const { rmSync } = await import('node:fs');
      rmSync(dir, { recursive: true });
    }
  });
});
