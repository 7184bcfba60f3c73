import { createHash, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';

/** A JSON-RPC error as the whole HTTP answer: no HTML, no stack, no install paths. */
export function sendRpcError(
  res: ServerResponse,
  status: number,
  code: number,
  message: string,
  headers: Record<string, string> = {},
): void {
  if (res.headersSent) {
    res.end();
    return;
  }
  res
    .writeHead(status, { 'content-type': 'application/json', ...headers })
    .end(JSON.stringify({ jsonrpc: '2.0', error: { code, message }, id: null }));
}

const digest = (text: string) => createHash('sha256').update(text).digest();

/**
 * Security: only `Authorization: Bearer <token>` counts (a bare token is refused), and the
 * comparison runs on SHA-256 digests, so its time reveals neither the token nor its length.
 */
export function bearerMatches(header: string | undefined, token: string): boolean {
  const match = /^Bearer +(\S+)$/i.exec(header ?? '');
  return timingSafeEqual(digest(match?.[1] ?? ''), digest(token)) && match !== null;
}

function hostnameOf(value: string): string {
  try {
    return new URL(`http://${value}`).hostname.replace(/^\[|\]$/g, '');
  } catch {
    return '';
  }
}

/**
 * Security: the Host and Origin headers must name an allowed host (DNS-rebinding
 * protection), and, when a token is set, the bearer token must match.
 */
export function guardRequests(allowed: Set<string>, token: string | undefined) {
  return (req: IncomingMessage, res: ServerResponse, next: () => void) => {
    if (!allowed.has(hostnameOf(req.headers.host ?? ''))) {
      sendRpcError(res, 403, -32000, `Host "${req.headers.host}" is not allowed.`);
      return;
    }
    const origin = req.headers.origin;
    if (origin && !allowed.has(hostnameOf(origin.replace(/^[a-z]+:\/\//i, '')))) {
      sendRpcError(res, 403, -32000, `Origin "${origin}" is not allowed.`);
      return;
    }
    if (token !== undefined && !bearerMatches(req.headers.authorization, token)) {
      sendRpcError(res, 401, -32001, 'Missing or wrong token: send "Authorization: Bearer <token>".', {
        'www-authenticate': 'Bearer',
      });
      return;
    }
    next();
  };
}

/** Body-parser failures as JSON-RPC errors; anything else as a bare internal error. */
export function rpcErrorHandler(limitText: string) {
  return (
    error: { type?: string; status?: number },
    _req: IncomingMessage,
    res: ServerResponse,
    _next: unknown,
  ) => {
    if (error.type === 'entity.too.large')
      sendRpcError(res, 413, -32600, `The request body is over the ${limitText} limit.`);
    else if (error.type === 'entity.parse.failed')
      sendRpcError(res, 400, -32700, 'Parse error: the request body is not valid JSON.');
    else if (error.status && error.status >= 400 && error.status < 500)
      sendRpcError(res, error.status, -32600, 'Invalid request.');
    else sendRpcError(res, 500, -32603, 'Internal error.');
  };
}
