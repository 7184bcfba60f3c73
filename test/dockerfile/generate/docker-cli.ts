import { runProcess } from '../../../src/exec/process.js';
import { TEST_LABEL } from '../../helpers/docker.js';

/** The Debian 20.10 client, which builds with BuildKit when DOCKER_BUILDKIT=1 (ENVIRONMENT.md). */
export const DOCKER = '/usr/bin/docker';
/** Narrows clean-up to what these tests made, so other suites' labelled objects survive. */
const SUITE_LABEL = 'dockwright.test.suite=generate';
/** `docker build` / `docker run` arguments that label what this suite makes. */
export const SUITE_LABEL_ARGS = ['--label', `${TEST_LABEL}=1`, '--label', SUITE_LABEL];

/** Stand-in base images that exist on the test engine (see ENVIRONMENT.md), by generator role. */
export const STAND_INS = {
  node: 'node:20-bookworm-slim',
  python: 'python:3.11-slim-bookworm',
  go: 'golang:1.19-bookworm',
  runtime: 'debian:bookworm-slim',
  static: 'caddy:2.6',
} as const;

export async function docker(args: string[], timeoutMs = 300_000): Promise<{ code: number; out: string }> {
  const result = await runProcess(DOCKER, args, { env: { DOCKER_BUILDKIT: '1' }, timeoutMs });
  return { code: result.exitCode, out: `${result.stdout}\n${result.stderr}` };
}

export async function dockerOk(args: string[], timeoutMs?: number): Promise<string> {
  const { code, out } = await docker(args, timeoutMs);
  if (code !== 0) throw new Error(`docker ${args.join(' ')} failed (${code}):\n${out.slice(-4000)}`);
  return out;
}

export async function waitFor<T>(
  what: string,
  probe: () => Promise<T | undefined>,
  timeoutMs: number,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe().catch(() => undefined);
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

/** Removes every container and image this suite labelled. */
export async function removeLabelled(): Promise<void> {
  const containers = (
    await docker(['ps', '-aq', '--filter', `label=${TEST_LABEL}=1`, '--filter', `label=${SUITE_LABEL}`])
  ).out
    .split(/\s+/)
    .filter(Boolean);
  if (containers.length > 0) await docker(['rm', '-f', ...containers]);
  const images = (
    await docker(['images', '-q', '--filter', `label=${TEST_LABEL}=1`, '--filter', `label=${SUITE_LABEL}`])
  ).out
    .split(/\s+/)
    .filter(Boolean);
  if (images.length > 0) await docker(['rmi', ...new Set(images)]);
}
