import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { runProcess } from '../../src/exec/process.js';
import { removeLabelled, TEST_RUN } from '../helpers/docker.js';

export { TEST_LABELS as TEST_LABEL } from '../helpers/docker.js';

/** A temporary workspace folder with the given files (paths relative to it). */
export async function makeWorkspace(files: Record<string, string | Buffer>): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'dockwright-build-'));
  for (const [name, content] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(dir, name)), { recursive: true });
    await writeFile(path.join(dir, name), content);
  }
  return dir;
}

export async function removeWorkspace(dir: string): Promise<void> {
  await rm(dir, { recursive: true, force: true });
}

/** Removes what this test process labelled (images included); never touches anything else. */
export async function removeLabelledImages(): Promise<void> {
  await removeLabelled(`dockwright.test.run=${TEST_RUN}`, true);
}

export async function dockerLines(args: string[]): Promise<string[]> {
  const result = await runProcess('/usr/bin/docker', args);
  return result.stdout.split('\n').filter(Boolean);
}
