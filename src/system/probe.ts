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

export interface TrivyCli {
  path: string;
  version: string;
}

/** Trivy from DOCKWRIGHT_TRIVY or the PATH, with its version; undefined when absent. */
export async function findTrivy(env: NodeJS.ProcessEnv = process.env): Promise<TrivyCli | undefined> {
  const candidate = env.DOCKWRIGHT_TRIVY || (await whichProgram('trivy'));
  if (!candidate) return undefined;
  const out = await runProcess(candidate, ['--version'], { timeoutMs: 10_000 }).catch(() => undefined);
  if (out?.exitCode !== 0) return undefined;
  const version = /Version:\s*(\S+)/.exec(out.stdout)?.[1] ?? out.stdout.trim().split('\n')[0];
  return { path: candidate, version };
}

/** The Engine API added BuildKit builds (version=2) in 1.39 (Docker 18.09). */
export function engineHasBuildKit(apiVersion: string, os: string, product = 'docker'): boolean {
  if (product === 'podman') return false;
  const [major, minor] = apiVersion.split('.').map(Number);
  return !/windows/i.test(os) && (major > 1 || (major === 1 && minor >= 39));
}
