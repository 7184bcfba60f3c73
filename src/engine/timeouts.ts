import { ToolError } from '../errors.js';

/** How long each kind of engine call may take before it is abandoned with a TIMEOUT error. */
export interface EngineTimeouts {
  /** Ordinary API calls (list, inspect, create, start, stop, remove...). */
  apiMs: number;
  /** A whole build once the engine has answered a ping. */
  buildMs: number;
  /** A whole pull, push, image export, image removal or prune once the engine has answered a ping. */
  longMs: number;
}

export const DEFAULT_ENGINE_TIMEOUT_SECONDS = 30;

function seconds(value: string | undefined, name: string, fallback: number): number {
  if (value === undefined || value === '') return fallback;
  const parsed = Number(value);
  if (!Number.isFinite(parsed) || parsed <= 0) {
    throw new ToolError(
      'INVALID_ARGUMENT',
      `${name} must be a positive number of seconds, got "${value}".`,
      `Set ${name} to e.g. 30, or leave it unset for the default.`,
    );
  }
  return parsed;
}

/**
 * Limits from the environment: DOCKWRIGHT_ENGINE_TIMEOUT (seconds, per API call; the CLI's
 * --engine-timeout wins), DOCKWRIGHT_BUILD_TIMEOUT and DOCKWRIGHT_LONG_TIMEOUT.
 */
export function engineTimeouts(env: NodeJS.ProcessEnv = process.env, apiSeconds?: number): EngineTimeouts {
  const api =
    apiSeconds ??
    seconds(env.DOCKWRIGHT_ENGINE_TIMEOUT, 'DOCKWRIGHT_ENGINE_TIMEOUT', DEFAULT_ENGINE_TIMEOUT_SECONDS);
  return {
    apiMs: api * 1000,
    buildMs: seconds(env.DOCKWRIGHT_BUILD_TIMEOUT, 'DOCKWRIGHT_BUILD_TIMEOUT', 3600) * 1000,
    longMs: seconds(env.DOCKWRIGHT_LONG_TIMEOUT, 'DOCKWRIGHT_LONG_TIMEOUT', 1800) * 1000,
  };
}

export function engineTimeoutError(what: string, endpoint: string, ms: number): ToolError {
  return new ToolError(
    'TIMEOUT',
    `${what}: the Docker Engine at ${endpoint} did not answer within ${ms / 1000} s.`,
    'Check that the engine is responsive (`docker info`, `dockwright doctor`); if it is only slow, raise ' +
      'the limit with --engine-timeout SECONDS or DOCKWRIGHT_ENGINE_TIMEOUT ' +
      '(DOCKWRIGHT_BUILD_TIMEOUT for builds, DOCKWRIGHT_LONG_TIMEOUT for pulls, pushes, exports and prunes).',
  );
}

/**
 * Settles with `work`, or rejects with `onTimeout()` after `ms` (never when `ms` is Infinity),
 * or with CANCELLED when `signal` aborts. `onExpire` runs first so the caller can stop the work.
 */
export function withDeadline<T>(
  work: Promise<T>,
  ms: number,
  onTimeout: () => Error,
  options: { signal?: AbortSignal; onExpire?: () => void } = {},
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const { signal, onExpire } = options;
    const cancel = () => {
      onExpire?.();
      reject(new ToolError('CANCELLED', 'The operation was cancelled.'));
    };
    const timer = Number.isFinite(ms)
      ? setTimeout(() => {
          onExpire?.();
          reject(onTimeout());
        }, ms)
      : undefined;
    const done = () => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', cancel);
    };
    if (signal?.aborted) return cancel();
    signal?.addEventListener('abort', cancel, { once: true });
    work.then(
      (value) => {
        done();
        resolve(value);
      },
      (error) => {
        done();
        reject(error);
      },
    );
  });
}
