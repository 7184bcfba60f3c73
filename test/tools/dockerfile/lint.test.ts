import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectInMemory, REPO_ROOT, type TestClient, withClient } from '../../helpers/mcp.js';

interface LintOutput {
  passes: boolean;
  fixable: number;
  counts: Record<string, number>;
  findings: Record<string, { code: string; line: number; fixable: boolean; docs: string }[]>;
  truncated: boolean;
  notes: string[];
}

describe('dockerfile_lint', () => {
  let mcp: TestClient;
  let dir: string;

  beforeAll(async () => {
    dir = await mkdtemp(path.join(REPO_ROOT, 'node_modules/.cache/dw-lint-'));
    mcp = await connectInMemory({ workspace: [dir] });
  });
  afterAll(async () => {
    await mcp.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('lints inline content and groups findings by severity', async () => {
    const out = await mcp.ok<LintOutput>('dockerfile_lint', {
      content: 'FROM node:latest\nRUN apt-get install curl && sudo true\n',
      shellcheck: false,
    });
    expect(out.passes).toBe(false);
    expect(out.findings.error.map((f) => f.code)).toContain('DL3004');
    expect(out.findings.warning.map((f) => f.code)).toEqual(
      expect.arrayContaining(['DL3007', 'DL3014', 'DW1001']),
    );
    expect(out.findings.warning[0].docs).toMatch(/^dockwright:\/\/rules\/D[LW]\d{4}$/);
    expect(out.fixable).toBeGreaterThan(0);
  });

  it('reads a workspace file without changing it and honours .hadolint.yaml', async () => {
    const file = path.join(dir, 'Dockerfile');
    const text = 'FROM debian:12\nRUN apt-get update && apt-get install curl=7.88.1\nUSER 10001\n';
    await writeFile(file, text);
    await writeFile(path.join(dir, '.hadolint.yaml'), 'ignored: [DL3009]\n');
    const out = await mcp.ok<LintOutput>('dockerfile_lint', { file: 'Dockerfile', shellcheck: false });
    const codes = Object.values(out.findings).flatMap((list) => list.map((f) => f.code));
    expect(codes).toEqual(expect.arrayContaining(['DL3014', 'DL3015']));
    expect(codes).not.toContain('DL3009');
    expect(await readFile(file, 'utf8')).toBe(text);
  });

  it('refuses a path outside the workspace and asks for exactly one input', async () => {
    expect(await mcp.fails('dockerfile_lint', { file: '../../etc/passwd' })).toMatch(/outside|workspace/i);
    expect(await mcp.fails('dockerfile_lint', {})).toMatch(/exactly one of file or content/);
  });

  it('bounds the findings it returns', async () => {
    const many = `FROM debian:12\n${'RUN sudo true\n'.repeat(30)}`;
    const out = await mcp.ok<LintOutput>('dockerfile_lint', {
      content: many,
      maxFindings: 5,
      shellcheck: false,
    });
    expect(out.truncated).toBe(true);
    expect(Object.values(out.findings).flat()).toHaveLength(5);
  });

  it('stays available with --read-only, where dockerfile_fix is not listed', async () => {
    await withClient(connectInMemory({ workspace: [dir], readOnly: true }), async (readOnly) => {
      const names = (await readOnly.client.listTools()).tools.map((t) => t.name);
      expect(names).toContain('dockerfile_lint');
      expect(names).not.toContain('dockerfile_fix');
      const out = await readOnly.ok<LintOutput>('dockerfile_lint', { content: 'FROM debian:12\nUSER 1\n' });
      expect(out.counts.error + out.counts.warning).toBe(0);
    });
  });
});
