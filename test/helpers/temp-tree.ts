import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll } from 'vitest';

/** A fresh temporary folder holding the given files (relative path → content), folders made as needed. */
export function tempTree(files: Record<string, string | Buffer> = {}, prefix = 'dockwright-'): string {
  const root = mkdtempSync(path.join(tmpdir(), prefix));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
    writeFileSync(path.join(root, name), content);
  }
  return root;
}

export function removeTree(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

/** A tempTree maker for one test file: every tree it made is removed after the file's tests. */
export function tempTrees(prefix: string): (files: Record<string, string>) => string {
  const made: string[] = [];
  afterAll(() => {
    for (const dir of made) removeTree(dir);
  });
  return (files) => {
    const dir = tempTree(files, prefix);
    made.push(dir);
    return dir;
  };
}
