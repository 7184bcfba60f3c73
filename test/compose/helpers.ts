import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** Writes files into a fresh temporary folder and returns its path. */
export function projectDir(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'dockwright-compose-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
  return dir;
}

/** `services:\n  NAME:\n    image: …` plus extra service lines, for one-line rule cases. */
export function service(lines: string, name = 'app'): string {
  const body = lines
    .split('\n')
    .map((line) => `    ${line}`)
    .join('\n');
  return `services:\n  ${name}:\n${body}\n`;
}
