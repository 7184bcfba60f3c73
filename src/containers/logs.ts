import type { DockerEngine } from '../engine/types.js';
import { fenceUntrusted, tailText } from '../security/untrusted.js';

/** The most characters of one container's log handed to a model, after the line tail. */
export const LOG_MAX_CHARS = 16_000;

export interface ContainerLogRequest {
  /** The last lines of the log (one log for both streams, as the engine keeps it). */
  tail: number;
  sinceSeconds?: number;
  stream?: 'both' | 'stdout' | 'stderr';
  /** Keep the engine's timestamp at the start of each line. */
  timestamps?: boolean;
  /** The fence's label; by default `logs of CONTAINER`. */
  label?: string;
}

export interface ContainerLog {
  /** The log text, secrets masked, fenced as untrusted data. */
  text: string;
  lines: number;
  truncated: boolean;
}

const STAMP = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$/;

/** A timestamp whose fraction is padded, so that text order is time order. */
function orderKey(stamp: string): string {
  return stamp.replace(/(?:\.(\d+))?Z$/, (_, fraction = '') => `.${fraction.padEnd(9, '0')}Z`);
}

/** Both streams in the order the lines were written, by the engine's timestamp on each line. */
export function interleaveByTimestamp(stdout: string, stderr: string, keepTimestamps: boolean): string {
  let lastKey = '';
  const stamped = [...stdout.split('\n'), ...stderr.split('\n')].filter(Boolean).map((line, index) => {
    const space = line.indexOf(' ');
    const stamp = space > 0 ? line.slice(0, space) : '';
    if (!STAMP.test(stamp)) return { key: lastKey, index, text: line };
    lastKey = orderKey(stamp);
    return { key: lastKey, index, text: keepTimestamps ? line : line.slice(space + 1) };
  });
  stamped.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.index - b.index));
  return stamped.map((l) => l.text).join('\n');
}

/** The tail of a container's log: both streams interleaved, tailed, secrets masked, fenced. */
export async function readContainerLog(
  engine: DockerEngine,
  container: string,
  request: ContainerLogRequest,
): Promise<ContainerLog> {
  const stream = request.stream ?? 'both';
  const { stdout, stderr } = await engine.containerLogs(container, {
    tail: request.tail,
    since: request.sinceSeconds ? Math.floor(Date.now() / 1000) - request.sinceSeconds : undefined,
    stdout: stream !== 'stderr',
    stderr: stream !== 'stdout',
    timestamps: true,
  });
  const joined = interleaveByTimestamp(stdout, stderr, request.timestamps ?? false);
  const { text, truncated } = tailText(joined, request.tail, LOG_MAX_CHARS);
  return {
    text: fenceUntrusted(request.label ?? `logs of ${container}`, text),
    lines: text ? text.split('\n').length : 0,
    truncated,
  };
}
