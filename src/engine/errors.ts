import { ToolError } from '../errors.js';

interface EngineFailure {
  statusCode?: number;
  code?: string;
  reason?: string;
  message?: string;
  json?: { message?: string } | null;
}

const UNREACHABLE = new Set([
  'ECONNREFUSED',
  'ENOENT',
  'ECONNRESET',
  'EHOSTUNREACH',
  'ETIMEDOUT',
  'ENOTFOUND',
]);

export function engineUnavailable(endpoint: string, detail: string): ToolError {
  return new ToolError(
    'DOCKER_UNAVAILABLE',
    `Cannot reach the Docker Engine at ${endpoint}: ${detail}.`,
    'Start Docker (Docker Desktop, `sudo systemctl start docker`, or `dockerd &`), or point DOCKER_HOST / ' +
      '`docker context use` at a running engine; `dockwright doctor` shows what was tried.',
  );
}

/** What a failed engine call was about, so that the tool layer can say where to look. */
export type EngineObjectKind = 'container' | 'image' | 'network' | 'volume' | 'registry image';

/** A failure of the engine that names the kind of object it could not find or use. */
export class EngineError extends ToolError {
  constructor(
    code: ToolError['code'],
    message: string,
    hint: string | undefined,
    readonly kind: EngineObjectKind,
  ) {
    super(code, message, hint);
  }
}

const REGISTRY_TROUBLE =
  /registry|manifest|dial tcp|no such host|i\/o timeout|pull access denied|unauthorized|x509|repository does not exist/i;

/** Turns a dockerode/daemon failure into a ToolError that says what to do next. */
export function mapEngineError(error: unknown, what: string, endpoint: string): ToolError {
  if (error instanceof ToolError) return error;
  const failure = (error ?? {}) as EngineFailure;
  if (failure.code && UNREACHABLE.has(failure.code)) return engineUnavailable(endpoint, failure.code);
  if (failure.code === 'EACCES') {
    return new ToolError(
      'DOCKER_UNAVAILABLE',
      `Permission denied on the Docker socket ${endpoint}.`,
      'Add your user to the docker group (then log in again), use rootless Docker, or set DOCKER_HOST.',
    );
  }
  // A streamed call (pull, push) has no JSON body: docker-modem puts the daemon's words after " - ".
  const streamedCause = /^\(HTTP code \d+\) [^-]*- ([\s\S]+)$/.exec(failure.message ?? '')?.[1];
  const daemonMessage = (
    failure.json?.message ??
    streamedCause ??
    failure.reason ??
    failure.message ??
    String(error)
  ).trim();
  switch (failure.statusCode) {
    case 404:
      return new ToolError('NOT_FOUND', `${what}: ${daemonMessage}.`, 'Check the name or id.');
    case 409:
      return new ToolError(
        'CONFLICT',
        `${what}: ${daemonMessage}.`,
        'Stop or remove what is in the way, or pick another name.',
      );
    case 400:
      return new ToolError(
        'INVALID_ARGUMENT',
        `${what}: ${daemonMessage}.`,
        'Correct the argument the engine named.',
      );
    case 401:
    case 403:
      return new ToolError(
        'REFUSED',
        `${what}: ${daemonMessage}.`,
        'Log in to the registry or check the credentials.',
      );
    default:
      return new ToolError(
        'ENGINE_ERROR',
        `${what}: ${daemonMessage}.`,
        REGISTRY_TROUBLE.test(daemonMessage)
          ? 'The registry is out of reach or refused the image: check the name and tag, pass auth ' +
              'for a private registry, or use a registry mirror the engine can reach.'
          : 'See the engine log; retry when the cause is fixed.',
      );
  }
}
