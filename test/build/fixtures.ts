import { runProcess } from '../../src/exec/process.js';
import { removeLabelled, TEST_RUN } from '../helpers/docker.js';

/** Removes what this test process labelled (images included); never touches anything else. */
export async function removeLabelledImages(): Promise<void> {
  await removeLabelled(`dockwright.test.run=${TEST_RUN}`, true);
}

export async function dockerLines(args: string[]): Promise<string[]> {
  const result = await runProcess('/usr/bin/docker', args);
  return result.stdout.split('\n').filter(Boolean);
}
