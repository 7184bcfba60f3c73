import type { Transport, TransportSendOptions } from '@modelcontextprotocol/sdk/shared/transport.js';
import {
  ClientRequestSchema,
  isJSONRPCRequest,
  type JSONRPCMessage,
  type MessageExtraInfo,
} from '@modelcontextprotocol/sdk/types.js';

const INVALID_PARAMS = -32602;
const REQUEST_SCHEMAS = new Map(
  ClientRequestSchema.options.map((schema) => [schema.shape.method.value, schema]),
);

/** Why a request's params do not fit its method, or undefined when they do (or the method is unknown). */
export function invalidParams(message: JSONRPCMessage): string | undefined {
  if (!isJSONRPCRequest(message)) return undefined;
  const schema = REQUEST_SCHEMAS.get(message.method as never);
  const parsed = schema?.safeParse({ method: message.method, params: message.params });
  if (!parsed || parsed.success) return undefined;
  const issues = parsed.error.issues.slice(0, 5).map((i) => `${i.path.join('.') || 'params'}: ${i.message}`);
  return `Invalid params for ${message.method}: ${issues.join('; ')}.`;
}

/**
 * A transport that answers a request whose params do not fit its method with a JSON-RPC
 * "Invalid params" error itself, instead of letting it reach the SDK (which answers such
 * requests with an internal error carrying its validator's raw output).
 */
export class RequestGuard implements Transport {
  onmessage?: (message: JSONRPCMessage, extra?: MessageExtraInfo) => void;
  onclose?: () => void;
  onerror?: (error: Error) => void;

  constructor(private readonly inner: Transport) {
    inner.onmessage = (message, extra) => {
      const problem = invalidParams(message);
      if (problem && isJSONRPCRequest(message)) {
        void inner
          .send({ jsonrpc: '2.0', id: message.id, error: { code: INVALID_PARAMS, message: problem } })
          .catch((error) => this.onerror?.(error));
        return;
      }
      this.onmessage?.(message, extra);
    };
    inner.onclose = () => this.onclose?.();
    inner.onerror = (error) => this.onerror?.(error);
  }

  get sessionId(): string | undefined {
    return this.inner.sessionId;
  }

  start(): Promise<void> {
    return this.inner.start();
  }

  send(message: JSONRPCMessage, options?: TransportSendOptions): Promise<void> {
    return this.inner.send(message, options);
  }

  close(): Promise<void> {
    return this.inner.close();
  }

  setProtocolVersion(version: string): void {
    this.inner.setProtocolVersion?.(version);
  }
}
