import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultConfig } from '../../src/mcp/config.js';
import { serveHttp } from '../../src/mcp/http.js';
import { INIT, post as postRaw } from '../security/http-helpers.js';

/** An initialize request with the given headers (node:http lets a caller set Host). */
const post = (url: string, headers: Record<string, string>) => postRaw(url, headers, JSON.stringify(INIT));

describe('Streamable HTTP', () => {
  let server: Awaited<ReturnType<typeof serveHttp>>;
  beforeAll(async () => {
    server = await serveHttp(defaultConfig(), { host: '127.0.0.1', port: 0, token: 'test-token-123' });
  });
  afterAll(() => server?.close());

  it('refuses a request without the token, and one with a wrong token', async () => {
    expect((await post(server.url, {})).status).toBe(401);
    expect((await post(server.url, { authorization: 'Bearer nope' })).status).toBe(401);
  });

  it('refuses a foreign Host or Origin even with the token', async () => {
    const auth = { authorization: 'Bearer test-token-123' };
    expect((await post(server.url, { ...auth, host: 'evil.example:80' })).status).toBe(403);
    expect((await post(server.url, { ...auth, origin: 'http://evil.example' })).status).toBe(403);
  });

  it('serves an authenticated MCP client', async () => {
    const client = new Client({ name: 't', version: '1' });
    await client.connect(
      new StreamableHTTPClientTransport(new URL(server.url), {
        requestInit: { headers: { authorization: 'Bearer test-token-123' } },
      }),
    );
    const { tools } = await client.listTools();
    expect(tools.some((t) => t.name === 'system_info')).toBe(true);
    await client.close();
  });

  it('refuses to bind a non-loopback address without a token', async () => {
    await expect(serveHttp(defaultConfig(), { host: '0.0.0.0', port: 0 })).rejects.toThrow(/without a token/);
  });
});
