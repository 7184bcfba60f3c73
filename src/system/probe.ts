import { runProcess, whichProgram } from '../exec/process.js';

export interface ComposeCli {
  version: 'v2' | 'v1';
  /** The program and the leading arguments: ['docker', 'compose'] or ['docker-compose']. */
  command: [string, ...string[]];
  release: string;
}

let composeProbe: Promise<ComposeCli | undefined> | undefined;

/** `docker compose` (v2) when present, else `docker-compose` (v1); undefined when neither. */
export function findComposeCli(): Promise<ComposeCli | undefined> {
  composeProbe ??= (async () => {
    const docker = await whichProgram('docker');
    if (docker) {
      const v2 = await runProcess(docker, ['compose', 'version', '--short'], { timeoutMs: 10_000 }).catch(
        () => undefined,
      );
      if (v2?.exitCode === 0 && /^v?2/.test(v2.stdout.trim())) {
        return { version: 'v2', command: [docker, 'compose'], release: v2.stdout.trim() };
      }
    }
    const v1 = await whichProgram('docker-compose');
    if (v1) {
      const out = await runProcess(v1, ['version', '--short'], { timeoutMs: 10_000 }).catch(() => undefined);
      if (out?.exitCode === 0) {
        const release = out.stdout.trim();
        return {
          version: release.startsWith('2') || release.startsWith('v2') ? 'v2' : 'v1',
          command: [v1],
          release,
        };
      }
    }
    return undefined;
  })();
  return composeProbe;
}

/** The Engine API added BuildKit builds (version=2) in 1.39 (Docker 18.09). */
export function engineHasBuildKit(apiVersion: string, os: string, product = 'docker'): boolean {
  if (product === 'podman') return false;
  const [major, minor] = apiVersion.split('.').map(Number);
  return !/windows/i.test(os) && (major > 1 || (major === 1 && minor >= 39));
}
