import type { DockerEngine } from '../../src/engine/types.js';

/** What dockerode throws when the engine answers with an error status: a plain Error, no class of ours. */
export function engineFailure(statusCode: number, message: string): Error {
  return Object.assign(new Error(`(HTTP code ${statusCode}) unexpected - ${message}`), {
    statusCode,
    json: { message },
  });
}

/**
 * An engine for error paths and edge cases the real one cannot be made to produce on demand.
 * Every method answers 404 ("No such object") like an empty engine unless the test gives it.
 */
export function fakeEngine(methods: Partial<DockerEngine> = {}): DockerEngine {
  return new Proxy(methods as DockerEngine, {
    get(target, method: string | symbol) {
      if (method === 'then') return undefined;
      const given = target[method as keyof DockerEngine];
      if (given) return given;
      return async (id?: unknown) => {
        throw engineFailure(404, `No such object: ${typeof id === 'string' ? id : String(method)}`);
      };
    },
  });
}
