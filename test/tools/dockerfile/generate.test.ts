import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectInMemory, REPO_ROOT, type TestClient } from '../../helpers/mcp.js';

interface Written {
  path: string;
  action: string;
  diff?: string;
}
interface Output {
  dockerfile: string;
  dockerignore: string;
  rationale: { choice: string; why: string }[];
  user: string;
  files: Written[];
}

const FIXTURES = path.join(REPO_ROOT, 'test/dockerfile/generate/fixtures');

describe('dockerfile_generate (MCP)', () => {
  let mcp: TestClient;
  let workspace: string;
  beforeAll(async () => {
    workspace = mkdtempSync(path.join(tmpdir(), 'dw-gen-tool-'));
    cpSync(path.join(FIXTURES, 'python-stdlib'), path.join(workspace, 'py'), { recursive: true });
    cpSync(path.join(FIXTURES, 'node-pnpm'), path.join(workspace, 'pnpm'), { recursive: true });
    mcp = await connectInMemory({ workspace: [workspace] });
  });
  afterAll(() => mcp.close());

  it('returns the files and reasons without writing unless asked', async () => {
    const out = await mcp.ok<Output>('dockerfile_generate', { dir: 'py' });
    expect(out.dockerfile).toMatch(/^ARG PYTHON_VERSION=3\.11\n/);
    expect(out.dockerfile).toContain('STOPSIGNAL SIGINT');
    expect(out.rationale.map((r) => r.choice)).toEqual(
      expect.arrayContaining(['STOPSIGNAL SIGINT', 'HEALTHCHECK']),
    );
    expect(out.files).toEqual([
      { path: 'py/Dockerfile', action: 'not-written' },
      { path: 'py/.dockerignore', action: 'not-written' },
    ]);
    expect(existsSync(path.join(workspace, 'py', 'Dockerfile'))).toBe(false);
  });

  it('writes when asked, keeps a different existing file and shows the diff, overwrites with consent', async () => {
    writeFileSync(path.join(workspace, 'pnpm', 'Dockerfile'), 'FROM node:20\n');
    const kept = await mcp.ok<Output>('dockerfile_generate', { dir: 'pnpm', write: true });
    expect(kept.files[0]).toMatchObject({ path: 'pnpm/Dockerfile', action: 'exists-differs' });
    expect(kept.files[0].diff).toMatch(/^-FROM node:20$/m);
    expect(kept.files[1]).toEqual({ path: 'pnpm/.dockerignore', action: 'created' });
    expect(readFileSync(path.join(workspace, 'pnpm', 'Dockerfile'), 'utf8')).toBe('FROM node:20\n');

    expect(await mcp.fails('dockerfile_generate', { dir: 'pnpm', write: true, overwrite: true })).toMatch(
      /confirm/i,
    );
    const replaced = await mcp.ok<Output>('dockerfile_generate', {
      dir: 'pnpm',
      write: true,
      overwrite: true,
      confirm: true,
    });
    expect(replaced.files[0].action).toBe('overwritten');
    expect(readFileSync(path.join(workspace, 'pnpm', 'Dockerfile'), 'utf8')).toBe(replaced.dockerfile);
    expect(replaced.dockerfile).toContain('ENTRYPOINT ["tini", "--"]');
  });

  it('takes base images, flavour and port from the call', async () => {
    const out = await mcp.ok<Output>('dockerfile_generate', {
      dir: 'py',
      flavour: 'distroless',
      port: 9000,
      baseImages: { python: 'python:3.11-slim-bookworm' },
    });
    expect(out.dockerfile).toContain('FROM gcr.io/distroless/python3-debian12:nonroot AS runtime');
    expect(out.dockerfile).toContain('EXPOSE 9000');
    expect(out.user).toBe('65532:65532');
  });

  it('refuses conflicting lockfiles, unknown stacks and paths outside the workspace, writing nothing', async () => {
    const conflict = path.join(workspace, 'conflict');
    cpSync(path.join(FIXTURES, 'node-npm-build'), conflict, { recursive: true });
    writeFileSync(path.join(conflict, 'yarn.lock'), '');
    const conflictPkg = JSON.parse(readFileSync(path.join(conflict, 'package.json'), 'utf8'));
    expect(conflictPkg.packageManager).toBeUndefined();
    expect(await mcp.fails('dockerfile_generate', { dir: 'conflict', write: true })).toMatch(
      /Lockfiles of several package managers/,
    );
    expect(existsSync(path.join(conflict, 'Dockerfile'))).toBe(false);
    const clojure = path.join(workspace, 'clojure');
    cpSync(path.join(FIXTURES, 'static-site'), clojure, { recursive: true });
    writeFileSync(path.join(clojure, 'project.clj'), '(defproject x "0.1.0")\n');
    expect(await mcp.fails('dockerfile_generate', { dir: 'clojure', write: true })).toMatch(
      /no Dockerfile template for clojure/,
    );
    expect(existsSync(path.join(clojure, 'Dockerfile'))).toBe(false);
    expect(await mcp.fails('dockerfile_generate', { dir: '/etc', write: true })).toMatch(
      /outside the workspace/,
    );
  });
});
