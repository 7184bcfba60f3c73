import { resolveEndpoint } from './connect.js';
import type { DockerodeEngine } from './dockerode.js';
import { engineTimeouts } from './timeouts.js';
import type { DockerEngine } from './types.js';

export { resolveEndpoint } from './connect.js';
export type { DockerEngine } from './types.js';

/** Connects to the engine the docker CLI would use; dockerode is loaded on first call. */
export async function connectEngine(
  env: NodeJS.ProcessEnv = process.env,
  apiTimeoutSeconds?: number,
): Promise<DockerodeEngine> {
  const endpoint = resolveEndpoint(env);
  const timeouts = engineTimeouts(env, apiTimeoutSeconds);
  const [{ default: Dockerode }, { DockerodeEngine }] = await Promise.all([
    import('dockerode'),
    import('./dockerode.js'),
  ]);
  const docker = new Dockerode({ ...endpoint.options, timeout: undefined });
  return new DockerodeEngine(docker, endpoint, timeouts);
}

/**
 * An engine that connects on the first method call, so a tool that never touches Docker
 * (lint, generate) never loads dockerode, and a server starts without an engine.
 */
export function lazyEngine(connect: () => Promise<DockerEngine> = connectEngine): DockerEngine {
  let engine: Promise<DockerEngine> | undefined;
  const get = () => {
    engine ??= connect().catch((error) => {
      engine = undefined;
      throw error;
    });
    return engine;
  };
  return new Proxy({} as DockerEngine, {
    get(_target, method: string | symbol) {
      if (method === 'then') return undefined;
      return async (...args: unknown[]) => {
        const real = (await get()) as unknown as Record<string | symbol, (...a: unknown[]) => unknown>;
        return real[method](...args);
      };
    },
  });
}
