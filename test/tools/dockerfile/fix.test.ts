import { mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AUTOFIX_CASES } from '../../dockerfile/lint/autofix-cases.js';
import { connectInMemory, REPO_ROOT, type TestClient } from '../../helpers/mcp.js';

type Finding = { code: string; line: number };
interface FixOutput {
  changed: boolean;
  written: boolean;
  applied: { code: string; line: number; description: string }[];
  diff: string;
  fixedContent?: string;
  remaining: { passes: boolean; counts: Record<string, number>; findings: Record<string, Finding[]> };
}

// One Dockerfile per autofix; after dockerfile_fix, dockerfile_lint must no longer report the code.

const codesOf = (findings: Record<string, Finding[]>) =>
  Object.values(findings).flatMap((l) => l.map((f) => f.code));

describe('dockerfile_fix', () => {
  let mcp: TestClient;
  let dir: string;

  beforeAll(async () => {
    await mkdir(path.join(REPO_ROOT, 'node_modules/.cache'), { recursive: true });
    dir = await mkdtemp(path.join(REPO_ROOT, 'node_modules/.cache/dw-fix-'));
    mcp = await connectInMemory({ workspace: [dir] });
  });
  afterAll(async () => {
    await mcp.close();
    await rm(dir, { recursive: true, force: true });
  });

  for (const { code, before, after } of AUTOFIX_CASES) {
    it(`${code}: fixes inline content, and dockerfile_lint of the result no longer finds ${code}`, async () => {
      const lintBefore = await mcp.ok<{ findings: Record<string, Finding[]> }>('dockerfile_lint', {
        content: before,
        shellcheck: false,
      });
      expect(codesOf(lintBefore.findings)).toContain(code);
      const out = await mcp.ok<FixOutput>('dockerfile_fix', { content: before, shellcheck: false });
      expect(out.applied.map((a) => a.code)).toContain(code);
      expect(out.fixedContent).toContain(after);
      expect(out.written).toBe(false);
      expect(codesOf(out.remaining.findings)).not.toContain(code);
      const lintAfter = await mcp.ok<{ findings: Record<string, Finding[]> }>('dockerfile_lint', {
        content: out.fixedContent,
        shellcheck: false,
      });
      expect(codesOf(lintAfter.findings)).not.toContain(code);
      expect(codesOf(lintAfter.findings)).not.toContain('DL1000');
    });
  }

  it('rewrites a workspace file in place, shows a unified diff and reports what remains', async () => {
    const file = path.join(dir, 'Dockerfile');
    await writeFile(
      file,
      'FROM debian:12\nRUN apt-get update && \\\n    apt-get install curl=7.88.1\nCMD bash -c true\n',
    );
    const out = await mcp.ok<FixOutput>('dockerfile_fix', { file: 'Dockerfile', shellcheck: false });
    expect(out.written).toBe(true);
    expect(out.fixedContent).toBeUndefined();
    expect(out.applied.map((a) => a.code).sort()).toEqual(['DL3009', 'DL3014', 'DL3015', 'DL3025']);
    expect(out.applied.every((a) => a.description.length > 0)).toBe(true);
    const written = await readFile(file, 'utf8');
    expect(written).toBe(
      'FROM debian:12\nRUN apt-get update && \\\n    apt-get install -y --no-install-recommends curl=7.88.1 && rm -rf /var/lib/apt/lists/*\nCMD ["bash", "-c", "true"]\n',
    );
    expect(out.diff).toBe(
      [
        '--- a/Dockerfile',
        '+++ b/Dockerfile',
        '@@ -1,4 +1,4 @@',
        ' FROM debian:12',
        ' RUN apt-get update && \\',
        '-    apt-get install curl=7.88.1',
        '-CMD bash -c true',
        '+    apt-get install -y --no-install-recommends curl=7.88.1 && rm -rf /var/lib/apt/lists/*',
        '+CMD ["bash", "-c", "true"]',
        '',
      ].join('\n'),
    );
    expect(codesOf(out.remaining.findings)).toContain('DW1001');
    const again = await mcp.ok<FixOutput>('dockerfile_fix', { file: 'Dockerfile', shellcheck: false });
    expect(again).toMatchObject({ changed: false, written: false, applied: [], diff: '' });
  });

  it('does not fix rules that are ignored', async () => {
    const out = await mcp.ok<FixOutput>('dockerfile_fix', {
      content: 'FROM debian:12\nRUN apt-get install -y curl=1\n',
      ignore: ['DL3015'],
      shellcheck: false,
    });
    expect(out.changed).toBe(false);
    expect(out.fixedContent).toBe('FROM debian:12\nRUN apt-get install -y curl=1\n');
  });

  it('writes only inside the workspace: refuses outside paths and symlinks that lead out', async () => {
    const outside = await mkdtemp(path.join(tmpdir(), 'dw-fix-outside-'));
    try {
      const target = path.join(outside, 'Dockerfile');
      const text = 'FROM debian:12\nRUN apt-get install curl=1\n';
      await writeFile(target, text);
      await mkdir(path.join(dir, 'sub'), { recursive: true });
      await symlink(target, path.join(dir, 'sub/Dockerfile'));
      expect(await mcp.fails('dockerfile_fix', { file: target })).toMatch(/outside the workspace/);
      expect(await mcp.fails('dockerfile_fix', { file: 'sub/Dockerfile' })).toMatch(/outside the workspace/);
      expect(await mcp.fails('dockerfile_fix', { file: '../x/Dockerfile' })).toMatch(/outside the workspace/);
      expect(await readFile(target, 'utf8')).toBe(text);
    } finally {
      await rm(outside, { recursive: true, force: true });
    }
  });

  it('asks for exactly one of file or content', async () => {
    expect(await mcp.fails('dockerfile_fix', {})).toMatch(/exactly one of file or content/);
  });
});
