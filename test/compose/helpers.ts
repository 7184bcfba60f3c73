import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { lintProject } from '../../src/compose/lint/index.js';
import { loadProject } from '../../src/compose/load.js';

/** Writes files into a fresh temporary folder and returns its path. */
export function projectDir(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'dockwright-compose-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
  return dir;
}

/** Loads `compose.yaml` text and returns the paths the given rule reports. */
export async function rulePaths(
  code: string,
  yaml: string,
  env: Record<string, string> = {},
): Promise<string[]> {
  const { project, findings } = await loadProject({ workingDir: projectDir({ 'compose.yaml': yaml }), env });
  if (findings.length)
    throw new Error(`test file is not valid: ${findings.map((f) => f.message).join('; ')}`);
  return lintProject(project)
    .filter((finding) => finding.code === code)
    .map((finding) => finding.path);
}

/** `services:\n  NAME:\n    image: …` plus extra service lines, for one-line rule cases. */
export function service(lines: string, name = 'app'): string {
  const body = lines
    .split('\n')
    .map((line) => `    ${line}`)
    .join('\n');
  return `services:\n  ${name}:\n${body}\n`;
}
