import type { Readable } from 'node:stream';
import { decodeTrace } from './build-trace.js';
import type { BuildEvent } from './build-types.js';

interface StreamMessage {
  id?: string;
  stream?: string;
  status?: string;
  error?: string;
  errorDetail?: { message?: string };
  aux?: unknown;
}

export interface BuildStreamResult {
  imageId?: string;
  error?: string;
}

async function handleMessage(
  message: StreamMessage,
  result: BuildStreamResult,
  onEvent: (event: BuildEvent) => void,
): Promise<void> {
  if (message.id === 'moby.buildkit.trace' && typeof message.aux === 'string') {
    const trace = await decodeTrace(message.aux);
    for (const vertex of trace.vertexes) onEvent({ type: 'vertex', vertex });
    for (const log of trace.logs) onEvent({ type: 'log', log });
    for (const warning of trace.warnings) onEvent({ type: 'warning', ...warning });
    return;
  }
  const aux = message.aux as { ID?: string } | undefined;
  if (aux?.ID) {
    result.imageId = aux.ID;
    return;
  }
  if (message.error || message.errorDetail?.message) {
    result.error = message.errorDetail?.message ?? message.error;
    return;
  }
  const text = message.stream ?? message.status;
  if (text) onEvent({ type: 'output', text });
}

/**
 * Reads the /build response: JSON lines, where BuildKit's progress arrives as base64
 * protobuf in `moby.buildkit.trace` messages and the image id in an `aux` message.
 */
export function readBuildStream(
  stream: Readable,
  onEvent: (event: BuildEvent) => void,
  signal: AbortSignal,
): Promise<BuildStreamResult> {
  const result: BuildStreamResult = {};
  let pending = '';
  let chain = Promise.resolve();
  const handleLine = (line: string) => {
    if (!line.trim()) return;
    let message: StreamMessage;
    try {
      message = JSON.parse(line) as StreamMessage;
    } catch {
      onEvent({ type: 'output', text: line });
      return;
    }
    chain = chain.then(() => handleMessage(message, result, onEvent));
  };
  return new Promise((resolve, reject) => {
    const onAbort = () => stream.destroy();
    signal.addEventListener('abort', onAbort, { once: true });
    stream.on('data', (chunk: Buffer) => {
      const lines = (pending + chunk.toString('utf8')).split('\n');
      pending = lines.pop() ?? '';
      for (const line of lines) handleLine(line);
    });
    let settled = false;
    const finish = (error?: Error) => {
      if (settled) return;
      settled = true;
      signal.removeEventListener('abort', onAbort);
      handleLine(pending);
      chain.then(() => (error && !result.imageId && !result.error ? reject(error) : resolve(result)), reject);
    };
    stream.on('end', () => finish());
    stream.on('close', () => finish());
    stream.on('error', finish);
  });
}
