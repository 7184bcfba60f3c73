import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import {
  CallToolResultSchema,
  ElicitRequestSchema,
  ListRootsRequestSchema,
} from '@modelcontextprotocol/sdk/types.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultConfig } from '../../src/mcp/config.js';
import { serveHttp } from '../../src/mcp/http.js';
import { bearerMatches } from '../../src/mcp/http-guard.js';
import { httpClient, INIT, post } from './http-helpers.js';

// Findings 11 (client roots widen --workspace) and 12 (HTTP errors, headers, token, sessions)
// of issue 14, with real HTTP requests on 127.0.0.1.
const TOKEN = 'safety-server-token-0123456789';
const AUTH = { authorization: `Bearer ${TOKEN}` };
let server: Awaited<ReturnType<typeof serveHttp>>;
let workspace: string;
let outside: string;

beforeAll(async () => {
  workspace = await mkdtemp(path.join(os.tmpdir(), 'dw-safety-server-ws-'));
  outside = await mkdtemp(path.join(os.tmpdir(), 'dw-safety-server-outside-'));
  await mkdir(path.join(workspace, 'sub'));
  for (const dir of [workspace, path.join(workspace, 'sub'), outside])
    await writeFile(path.join(dir, 'Dockerfile'), 'FROM busybox:latest\n');
  server = await serveHttp(defaultConfig({ workspace: [workspace] }), {
    host: '127.0.0.1',
    port: 0,
    token: TOKEN,
  });
});
afterAll(() => server?.close());

/** An HTTP client that declares `roots` and lists these when the server asks. */
async function clientWithRoots(roots: string[]): Promise<Client> {
  const client = new Client({ name: 't', version: '1' }, { capabilities: { roots: {} } });
  client.setRequestHandler(ListRootsRequestSchema, async () => ({
    roots: roots.map((root) => ({ uri: pathToFileURL(root).href })),
  }));
  return httpClient(server.url, TOKEN, client);
}

async function lint(client: Client, file: string): Promise<string> {
  const result = await client.callTool({
    name: 'dockerfile_lint',
    arguments: { file, shellcheck: false },
  });
  return result.isError ? (result.content as { text: string }[])[0].text : 'ok';
}

const noLeak = (body: string) => expect(body).not.toMatch(/<html|\bat \/|node_modules|\/work\//i);

const CASES: { finding: string; attack: string; check: () => Promise<void> }[] = [
  {
    finding: '11',
    attack: 'an authenticated client declares file:/// as its root',
    async check() {
      const client = await clientWithRoots(['/']);
      expect(await lint(client, path.join(outside, 'Dockerfile'))).toMatch(/PATH_OUTSIDE_WORKSPACE/);
      expect(await lint(client, path.join(workspace, 'Dockerfile'))).toBe('ok');
      await client.close();
    },
  },
  {
    finding: '11',
    attack: '(control) a root inside the workspace narrows it',
    async check() {
      const client = await clientWithRoots([path.join(workspace, 'sub')]);
      expect(await lint(client, path.join(workspace, 'sub/Dockerfile'))).toBe('ok');
      expect(await lint(client, path.join(workspace, 'Dockerfile'))).toMatch(/PATH_OUTSIDE_WORKSPACE/);
      await client.close();
    },
  },
  {
    finding: '12',
    attack: 'malformed JSON and an oversized body answered with HTML stack traces and install paths',
    async check() {
      const malformed = await post(server.url, AUTH, '{"jsonrpc": "2.0", "id": 1,');
      expect(malformed.status).toBe(400);
      expect(JSON.parse(malformed.body).error.code).toBe(-32700);
      noLeak(malformed.body);
      const huge = await post(server.url, AUTH, Buffer.alloc(5 * 1024 * 1024, 'a'));
      expect(huge.status).toBe(413);
      expect(JSON.parse(huge.body).error).toMatchObject({
        code: -32600,
        message: expect.stringMatching(/4 MB/),
      });
      noLeak(huge.body);
      const elsewhere = await post(server.url.replace(/\/mcp$/, '/nope'), AUTH, '{}');
      expect([elsewhere.status, JSON.parse(elsewhere.body).error.code]).toEqual([404, -32601]);
      for (const answer of [malformed, huge, elsewhere])
        expect(answer.headers['x-powered-by']).toBeUndefined();
    },
  },
  {
    finding: '12',
    attack: 'a token without the Bearer scheme, a prefix of the token, or the token plus more',
    async check() {
      for (const authorization of [
        TOKEN,
        `Bearer ${TOKEN.slice(0, 10)}`,
        `Bearer ${TOKEN}x`,
        `Basic ${TOKEN}`,
      ])
        expect((await post(server.url, { authorization }, JSON.stringify(INIT))).status, authorization).toBe(
          401,
        );
      expect(bearerMatches(`bearer ${TOKEN}`, TOKEN)).toBe(true);
      expect(bearerMatches(undefined, TOKEN)).toBe(false);
    },
  },
  {
    finding: '12',
    attack: 'unbounded sessions, never expired',
    async check() {
      const bounded = await serveHttp(defaultConfig({ workspace: [workspace] }), {
        host: '127.0.0.1',
        port: 0,
        token: TOKEN,
        maxSessions: 3,
        sessionIdleMs: 600,
      });
      const clients = [];
      for (let i = 0; i < 3; i++) clients.push(await httpClient(bounded.url, TOKEN));
      const full = await post(bounded.url, AUTH, JSON.stringify(INIT));
      expect(full.status).toBe(503);
      expect(JSON.parse(full.body).error.message).toMatch(/Too many sessions \(3 open\).*--max-sessions/);
      await new Promise((resolve) => setTimeout(resolve, 1500));
      await expect(clients[0].listTools()).rejects.toThrow(/404|expired/i);
      const fresh = await httpClient(bounded.url, TOKEN);
      expect((await fresh.listTools()).tools.length).toBeGreaterThan(10);
      await Promise.all([...clients, fresh].map((c) => c.close()));
      await bounded.close();
    },
  },
  {
    finding: '13',
    attack: 'a request with invalid params over HTTP',
    async check() {
      const client = await httpClient(server.url, TOKEN);
      const bad = client.request(
        { method: 'tools/call', params: { name: 5 } } as never,
        CallToolResultSchema,
      );
      await expect(bad).rejects.toMatchObject({
        code: -32602,
        message: expect.stringMatching(/params.name/),
      });
      await client.close();
    },
  },
  {
    finding: '3',
    attack: 'over HTTP, the question must reach the user and their answer must hold',
    async check() {
      const prune = { kinds: ['containers'], label: ['dw.safety-server.none=1'], confirm: true };
      for (const action of ['decline', 'accept'] as const) {
        const client = new Client({ name: 't', version: '1' }, { capabilities: { elicitation: {} } });
        const asked: string[] = [];
        client.setRequestHandler(ElicitRequestSchema, async (request) => {
          asked.push(request.params.message);
          return action === 'accept' ? { action, content: { confirm: true } } : { action };
        });
        await httpClient(server.url, TOKEN, client);
        const result = await client.callTool({ name: 'system_prune', arguments: prune });
        expect(asked, action).toHaveLength(1);
        expect(asked[0]).toContain('dw.safety-server.none=1');
        if (action === 'decline')
          expect((result.content as { text: string }[])[0].text).toMatch(/Not confirmed/);
        else expect(result.structuredContent).toMatchObject({ removed: { containers: 0 } });
        await client.close();
      }
    },
  },
];

describe('security: HTTP transport and client roots (issue 14)', () => {
  for (const row of CASES) it(`finding ${row.finding}: ${row.attack}`, row.check);
});
