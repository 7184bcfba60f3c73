import type { Transport } from '@modelcontextprotocol/sdk/shared/transport.js';
import { type JSONRPCMessage, JSONRPCMessageSchema } from '@modelcontextprotocol/sdk/types.js';

/** The largest message accepted on stdin (the SDK's own default). */
export const STDIO_MESSAGE_LIMIT = 10 * 1024 * 1024;

type RequestId = string | number | null;

function idOf(value: unknown): RequestId {
  const id = (value as { id?: unknown } | null)?.id;
  return typeof id === 'string' || typeof id === 'number' ? id : null;
}

/** How much of a discarded line's start and end is kept to find its id. */
const EDGE_BYTES = 512;
const ID = String.raw`"id"\s*:\s*(-?\d+|"(?:[^"\\]|\\.)*")`;

/**
 * The top-level id of a message too large to parse: first after `{` (with "jsonrpc" before
 * it or not) or last before the closing `}`, where JSON-RPC clients put it. Null when neither
 * edge holds one; a nested "id" never sits directly after the opening or before the closing brace.
 */
function idAtEdges(head: Buffer, tail: Buffer): RequestId {
  const found =
    new RegExp(String.raw`^\s*\{\s*(?:"jsonrpc"\s*:\s*"2\.0"\s*,\s*)?${ID}`).exec(head.toString('utf8')) ??
    new RegExp(String.raw`,\s*${ID}\s*\}\s*$`).exec(tail.toString('utf8'));
  if (!found) return null;
  try {
    return JSON.parse(found[1]) as string | number;
  } catch {
    return null;
  }
}

/**
 * Newline-delimited JSON-RPC over stdin/stdout, as the SDK's stdio transport, except that
 * nothing goes unanswered: a line that is not JSON, not a JSON-RPC message or over the size
 * limit gets a JSON-RPC error (and a line on stderr for the last), and the server carries on.
 */
export class StdioTransport implements Transport {
  onmessage?: (message: JSONRPCMessage) => void;
  onclose?: () => void;
  onerror?: (error: Error) => void;
  private pending: Buffer[] = [];
  private pendingBytes = 0;
  private discarding = false;
  private head = Buffer.alloc(0);
  private tail = Buffer.alloc(0);
  private closed = false;

  constructor(
    private readonly input: NodeJS.ReadableStream = process.stdin,
    private readonly output: NodeJS.WritableStream = process.stdout,
    private readonly warn: (message: string) => void = (message) =>
      process.stderr.write(`dockwright: ${message}\n`),
    private readonly limit = STDIO_MESSAGE_LIMIT,
  ) {}

  private readonly onData = (chunk: Buffer) => {
    let start = 0;
    for (let newline = chunk.indexOf(10); newline !== -1; newline = chunk.indexOf(10, start)) {
      this.keep(chunk.subarray(start, newline));
      this.endLine();
      start = newline + 1;
    }
    this.keep(chunk.subarray(start));
  };

  private readonly onEnd = () => void this.close();
  private readonly onError = (error: Error) => this.onerror?.(error);

  async start(): Promise<void> {
    this.input.on('data', this.onData);
    this.input.on('end', this.onEnd);
    this.input.on('error', this.onError);
  }

  private keep(part: Buffer): void {
    if (part.length === 0) return;
    if (this.discarding) {
      this.tail = Buffer.concat([this.tail, part]).subarray(-EDGE_BYTES);
      return;
    }
    if (this.pendingBytes + part.length <= this.limit) {
      this.pending.push(part);
      this.pendingBytes += part.length;
      return;
    }
    // Security: memory stays bounded; the rest of the line is dropped as it arrives, keeping
    // only its first and last bytes, where a request's id is, to answer it when the line ends.
    this.head = Buffer.concat(this.pending).subarray(0, EDGE_BYTES);
    this.tail = Buffer.concat([...this.pending.slice(-2), part]).subarray(-EDGE_BYTES);
    this.pending = [];
    this.pendingBytes = 0;
    this.discarding = true;
  }

  private endLine(): void {
    if (this.discarding) {
      this.discarding = false;
      const limitMiB = this.limit / 1024 / 1024;
      this.warn(
        `a message over the ${limitMiB} MiB limit was discarded; split large inputs or pass a file path`,
      );
      this.reply(
        idAtEdges(this.head, this.tail),
        -32600,
        `Message over the ${limitMiB} MiB limit; it was discarded.`,
      );
      return;
    }
    const line = Buffer.concat(this.pending).toString('utf8').trim();
    this.pending = [];
    this.pendingBytes = 0;
    if (line) this.receive(line);
  }

  private receive(line: string): void {
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      this.reply(null, -32700, 'Parse error: the message is not valid JSON.');
      return;
    }
    const parsed = JSONRPCMessageSchema.safeParse(value);
    if (parsed.success) {
      this.onmessage?.(parsed.data);
      return;
    }
    const method = (value as { method?: unknown } | null)?.method;
    const badParams = typeof method === 'string' && idOf(value) !== null;
    this.reply(
      idOf(value),
      badParams ? -32602 : -32600,
      badParams
        ? `Invalid params for ${method}: params must be an object.`
        : 'Invalid request: not a JSON-RPC 2.0 message.',
    );
  }

  private reply(id: RequestId, code: number, message: string): void {
    this.output.write(`${JSON.stringify({ jsonrpc: '2.0', id, error: { code, message } })}\n`);
  }

  send(message: JSONRPCMessage): Promise<void> {
    return new Promise((resolve) => {
      if (this.output.write(`${JSON.stringify(message)}\n`)) resolve();
      else this.output.once('drain', resolve);
    });
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    this.input.off('data', this.onData);
    this.input.off('end', this.onEnd);
    this.input.off('error', this.onError);
    this.pending = [];
    this.onclose?.();
  }
}
