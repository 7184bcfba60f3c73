import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ToolError } from '../../errors.js';
import type { LintConfig } from './types.js';

/** Past this size parsing takes long enough (tens of ms and up) to stall other calls. */
export const OFF_THREAD_CHARS = 64 * 1024;

export type LintJob =
  | { kind: 'lint'; text: string; config: LintConfig; shellcheck: boolean }
  | { kind: 'fix'; text: string; config: LintConfig };

/** The worker is its own entry in the built package (dist/lint-worker.js), beside cli.js or above its chunks. */
function workerFile(): URL | undefined {
  return [new URL('./lint-worker.js', import.meta.url), new URL('../lint-worker.js', import.meta.url)].find(
    (candidate) => existsSync(fileURLToPath(candidate)),
  );
}

/**
 * Runs a lint or fix job on a worker thread, so that a large file does not block the event
 * loop that serves every other call. Undefined when there is no built worker (running from
 * source); the caller then does the work in place.
 */
export async function runOffThread<Result>(job: LintJob, signal?: AbortSignal): Promise<Result | undefined> {
  const file = job.text.length >= OFF_THREAD_CHARS ? workerFile() : undefined;
  if (!file) return undefined;
  const { Worker } = await import('node:worker_threads');
  const worker = new Worker(file, { workerData: job });
  return new Promise<Result>((resolve, reject) => {
    const cancel = () => {
      void worker.terminate();
      reject(new ToolError('CANCELLED', 'The lint was cancelled.'));
    };
    signal?.addEventListener('abort', cancel, { once: true });
    const settle = () => signal?.removeEventListener('abort', cancel);
    worker.once('message', (result) => {
      settle();
      resolve(result);
      void worker.terminate();
    });
    worker.once('error', (error) => {
      settle();
      reject(error);
    });
  });
}
