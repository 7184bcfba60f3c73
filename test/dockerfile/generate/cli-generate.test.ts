import { cpSync, existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { generateCommand } from '../../../src/cli/generate.js';
import { FIXTURES } from './sample-projects.js';

function copyOf(app: string): string {
  const dir = path.join(mkdtempSync(path.join(tmpdir(), 'dw-cli-gen-')), app);
  cpSync(path.join(FIXTURES, app), dir, { recursive: true });
  return dir;
}

function captureLog(): () => string {
  const lines: string[] = [];
  vi.spyOn(console, 'log').mockImplementation((...args: unknown[]) => {
    lines.push(args.join(' '));
  });
  return () => lines.join('\n');
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('dockwright generate', () => {
  it('prints the files and reasons without writing by default', async () => {
    const dir = copyOf('go-stdlib');
    const output = captureLog();
    expect(await generateCommand([dir])).toBe(0);
    expect(output()).toMatch(/Detected: go, package manager go-modules\./);
    expect(output()).toContain('----- Dockerfile -----\nARG GO_VERSION=1.19');
    expect(output()).toMatch(/- CGO_ENABLED=0: /);
    expect(existsSync(path.join(dir, 'Dockerfile'))).toBe(false);
  });

  it('writes the three files with --write and reports JSON with --json', async () => {
    const dir = copyOf('static-site');
    const output = captureLog();
    expect(await generateCommand([dir, '--write', '--json'])).toBe(0);
    const report = JSON.parse(output()) as { written: { path: string; action: string }[] };
    expect(report.written).toEqual([
      { path: 'Dockerfile', action: 'created' },
      { path: '.dockerignore', action: 'created' },
      { path: 'compose.yaml', action: 'created' },
    ]);
    expect(readFileSync(path.join(dir, 'Dockerfile'), 'utf8')).toMatch(
      /^FROM caddy:\$\{CADDY_VERSION\} AS runtime$/m,
    );
  });

  it('rejects bad options and unknown stacks with a clear error', async () => {
    const dir = copyOf('python-stdlib');
    await expect(generateCommand([dir, '--flavour', 'ubuntu'])).rejects.toThrow(
      /--flavour "ubuntu" is unknown/,
    );
    await expect(generateCommand([path.join(dir, 'missing')])).rejects.toThrow(/does not exist/);
  });
});
