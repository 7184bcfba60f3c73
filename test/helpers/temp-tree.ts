import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

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
