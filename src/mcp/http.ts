import { randomUUID, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ServerConfig } from './config.js';

export interface HttpOptions {
  host: string;
  port: number;
  token?: string;
  /** Extra Host header values to accept besides the bound address and localhost. */
  allowedHosts?: string[];
}

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '::1', '[::1]']);

export function isLoopback(host: string): boolean {
  return LOOPBACK.has(host) || host.startsWith('127.');
}

function tokenMatches(header: string | undefined, token: string): boolean {
  const given = Buffer.from(header?.replace(/^Bearer\s+/i, '') ?? '');
  const expected = Buffer.from(token);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

function hostnameOf(value: string): string {
  try {
    return new URL(`http://${value}`).hostname.replace(/^\[|\]$/g, '');
  } catch {
    return '';
  }
}

/**
 * Streamable HTTP on one endpoint (/mcp), one server per session, plus /healthz.
 * Security: binds loopback by default; a non-loopback bind needs a bearer token; the Host
 * and Origin headers must name an allowed host (DNS-rebinding protection).
 */
export async function serveHttp(
  config: ServerConfig,
  options: HttpOptions,
): Promise<{ close(): Promise<void>; url: string }> {
  if (!isLoopback(options.host) && !options.token) {
    throw new Error(
      `Refusing to listen on ${options.host} without a token: anyone who can reach it could drive Docker. ` +
        'Set --token or DOCKWRIGHT_TOKEN, or bind 127.0.0.1.',
    );
  }
  const [{ default: express }, { StreamableHTTPServerTransport }, { createServer }, { isInitializeRequest }] =
    await Promise.all([
      import('express'),
      import('@modelcontextprotocol/sdk/server/streamableHttp.js'),
      import('./server.js'),
      import('@modelcontextprotocol/sdk/types.js'),
    ]);
  const allowed = new Set(['localhost', '127.0.0.1', '::1', options.host, ...(options.allowedHosts ?? [])]);
  const app = express();

  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });

  app.use('/mcp', (req: IncomingMessage, res: ServerResponse, next: () => void) => {
    const host = hostnameOf(req.headers.host ?? '');
    if (!allowed.has(host)) {
      res.writeHead(403, { 'content-type': 'application/json' }).end(
        JSON.stringify({
          jsonrpc: '2.0',
          error: { code: -32000, message: `Host "${req.headers.host}" is not allowed.` },
          id: null,
        }),
      );
      return;
    }
    const origin = req.headers.origin;
    if (origin && !allowed.has(hostnameOf(origin.replace(/^[a-z]+:\/\//i, '')))) {
      res.writeHead(403, { 'content-type': 'application/json' }).end(
        JSON.stringify({
          jsonrpc: '2.0',
          error: { code: -32000, message: `Origin "${origin}" is not allowed.` },
          id: null,
        }),
      );
      return;
    }
    if (options.token && !tokenMatches(req.headers.authorization, options.token)) {
      res.writeHead(401, { 'content-type': 'application/json', 'www-authenticate': 'Bearer' }).end(
        JSON.stringify({
          jsonrpc: '2.0',
          error: { code: -32001, message: 'Missing or wrong bearer token.' },
          id: null,
        }),
      );
      return;
    }
    next();
  });
  app.use(express.json({ limit: '4mb' }));

  const sessions = new Map<string, InstanceType<typeof StreamableHTTPServerTransport>>();
  app.all('/mcp', async (req, res) => {
    const sessionId = req.headers['mcp-session-id'] as string | undefined;
    let transport = sessionId ? sessions.get(sessionId) : undefined;
    if (!transport) {
      if (sessionId || req.method !== 'POST' || !isInitializeRequest(req.body)) {
        res.status(sessionId ? 404 : 400).json({
          jsonrpc: '2.0',
          error: {
            code: -32000,
            message: sessionId ? 'Unknown session; initialize again.' : 'Initialize first.',
          },
          id: null,
        });
        return;
      }
      const created = new StreamableHTTPServerTransport({
        sessionIdGenerator: () => randomUUID(),
        onsessioninitialized: (id) => {
          sessions.set(id, created);
        },
      });
      created.onclose = () => {
        if (created.sessionId) sessions.delete(created.sessionId);
      };
      await createServer(config).connect(created);
      transport = created;
    }
    await transport.handleRequest(req, res, req.body);
  });

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
      await Promise.all([...sessions.values()].map((t) => t.close().catch(() => {})));
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
