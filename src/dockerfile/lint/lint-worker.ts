import { parentPort, workerData } from 'node:worker_threads';
import { initShellParser } from '../shell/parser.js';
import { fixDockerfile } from './fixes.js';
import { lintTextInPlace } from './lint-text.js';
import type { LintJob } from './off-thread.js';

const job = workerData as LintJob;
await initShellParser();
const result =
  job.kind === 'lint'
    ? await lintTextInPlace(job.text, { config: job.config, shellcheck: job.shellcheck })
    : fixDockerfile(job.text, { config: job.config });
parentPort?.postMessage(result);
