import { randomUUID } from 'node:crypto';
import type { ServerConfig } from './config.js';
import { guardRequests, rpcErrorHandler, sendRpcError } from './http-guard.js';
import { SessionTable } from './http-sessions.js';
import { RequestGuard } from './request-guard.js';

export interface HttpOptions {
  host: string;
  port: number;
  /** The bearer token clients must send; absent only with `unsafeNoAuth`. */
  token?: string;
  /** Serve without a token (loopback only): the CLI's --unsafe-no-auth. */
  unsafeNoAuth?: boolean;
  /** Extra Host header values to accept besides the bound address and localhost. */
  allowedHosts?: string[];
  /** Most sessions at once (default 32). */
  maxSessions?: number;
  /** A session idle this long is closed (default 30 minutes). */
  sessionIdleMs?: number;
}

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '::1', '[::1]']);
const BODY_LIMIT = '4mb';

export function isLoopback(host: string): boolean {
  return LOOPBACK.has(host) || host.startsWith('127.');
}

function refuseUnsafe(options: HttpOptions): void {
  if (options.token) return;
  if (!options.unsafeNoAuth)
    throw new Error(
      'Refusing to serve HTTP without a token: set --token or --token-file, or let dockwright generate one.',
    );
  if (!isLoopback(options.host)) {
    throw new Error(
      `Refusing to listen on ${options.host} without a token: anyone who can reach it could drive Docker. ` +
        'Set --token or DOCKWRIGHT_TOKEN, or bind 127.0.0.1.',
    );
  }
}

/**
 * Streamable HTTP on one endpoint (/mcp), one server per session, plus /healthz.
 * Security: a bearer token is required unless the caller explicitly chose tokenless
 * loopback; Host and Origin must name an allowed host; errors are JSON-RPC without
 * stacks; sessions are capped and expire when idle; the server narrows client roots.
 */
export async function serveHttp(
  config: ServerConfig,
  options: HttpOptions,
): Promise<{ close(): Promise<void>; url: string }> {
  refuseUnsafe(options);
  const [{ default: express }, { StreamableHTTPServerTransport }, { createServer }, { isInitializeRequest }] =
    await Promise.all([
      import('express'),
      import('@modelcontextprotocol/sdk/server/streamableHttp.js'),
      import('./server.js'),
      import('@modelcontextprotocol/sdk/types.js'),
    ]);
  type Transport = InstanceType<typeof StreamableHTTPServerTransport>;
  const serverConfig: ServerConfig = { ...config, narrowClientRoots: true };
  const allowed = new Set(['localhost', '127.0.0.1', '::1', options.host, ...(options.allowedHosts ?? [])]);
  const sessions = new SessionTable<Transport>(options.maxSessions ?? 32, options.sessionIdleMs ?? 1_800_000);
  let starting = 0;
  const app = express();
  app.disable('x-powered-by');

  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.use('/mcp', guardRequests(allowed, options.token));
  app.use(express.json({ limit: BODY_LIMIT }));

  app.all('/mcp', async (req, res) => {
    const sessionId = req.headers['mcp-session-id'] as string | undefined;
    const existing = sessionId ? sessions.use(sessionId, req.method === 'POST') : undefined;
    if (existing) {
      res.once('close', existing.done);
      await existing.transport.handleRequest(req, res, req.body);
      return;
    }
    if (sessionId || req.method !== 'POST' || !isInitializeRequest(req.body)) {
      const message = sessionId ? 'Unknown or expired session; initialize again.' : 'Initialize first.';
      sendRpcError(res, sessionId ? 404 : 400, -32000, message);
      return;
    }
    if (sessions.size + starting >= sessions.max) {
      sendRpcError(
        res,
        503,
        -32000,
        `Too many sessions (${sessions.max} open). Close one (DELETE /mcp with its session id), wait for idle ones to expire, or restart with a higher --max-sessions.`,
      );
      return;
    }
    starting++;
    try {
      const created: Transport = new StreamableHTTPServerTransport({
        sessionIdGenerator: () => randomUUID(),
        onsessioninitialized: (id) => sessions.add(id, created),
      });
      const guarded = new RequestGuard(created);
      guarded.onclose = () => {
        if (created.sessionId) sessions.delete(created.sessionId);
      };
      await createServer(serverConfig).connect(guarded);
      await created.handleRequest(req, res, req.body);
    } finally {
      starting--;
    }
  });
  app.use((_req: unknown, res: import('node:http').ServerResponse) => {
    sendRpcError(res, 404, -32601, 'Not found: MCP is served at /mcp.');
  });
  app.use(rpcErrorHandler(BODY_LIMIT.replace('mb', ' MB')));

  const server = await new Promise<import('node:http').Server>((resolve, reject) => {
    const listening = app.listen(options.port, options.host, () => resolve(listening));
    listening.on('error', reject);
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  const hostForUrl = options.host.includes(':') ? `[${options.host}]` : options.host;
  return {
    url: `http://${hostForUrl}:${port}/mcp`,
    async close() {
      await sessions.closeAll();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
