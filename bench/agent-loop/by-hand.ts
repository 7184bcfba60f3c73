import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);
/** The Debian 20.10 client: with DOCKER_BUILDKIT=1 it builds with BuildKit (ENVIRONMENT.md). */
const DOCKER = '/usr/bin/docker';
const docker = (args: string[]) =>
  run(DOCKER, args, { env: { ...process.env, DOCKER_BUILDKIT: '1' }, maxBuffer: 64 * 1024 * 1024 });

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function answers(url: string): Promise<boolean> {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(2000), redirect: 'manual' });
    await response.body?.cancel();
    return response.status < 500;
  } catch {
    return false;
  }
}

/**
 * What a person does with the same files: docker build, docker run, then poll the port until
 * it answers (or, without a port, wait for the one-shot container to exit). Wall time in ms.
 */
export async function buildAndStartByHand(options: {
  dir: string;
  tag: string;
  label: string;
  port?: number;
  route: string;
  timeoutMs: number;
  noCache: boolean;
}): Promise<{ ms: number; ready: boolean }> {
  const started = Date.now();
  const cache = options.noCache ? ['--no-cache'] : [];
  await docker(['build', '-q', ...cache, '-t', options.tag, '--label', options.label, options.dir]);
  const publish = options.port ? ['-p', `127.0.0.1::${options.port}`] : [];
  const id = (await docker(['run', '-d', '--label', options.label, ...publish, options.tag])).stdout.trim();
  if (!options.port) {
    const code = (await docker(['wait', id])).stdout.trim();
    return { ms: Date.now() - started, ready: code === '0' };
  }
  const address = (await docker(['port', id, `${options.port}/tcp`])).stdout.trim().split('\n')[0];
  const url = `http://${address}${options.route}`;
  while (Date.now() - started < options.timeoutMs) {
    if (await answers(url)) return { ms: Date.now() - started, ready: true };
    await pause(200);
  }
  return { ms: Date.now() - started, ready: false };
}
