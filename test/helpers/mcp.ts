import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { InMemoryTransport } from '@modelcontextprotocol/sdk/inMemory.js';
import type { CallToolResult, Progress } from '@modelcontextprotocol/sdk/types.js';
import { NO_ALLOWANCES, type ServerConfig } from '../../src/mcp/config.js';

export const REPO_ROOT = path.resolve(import.meta.dirname, '../..');
export const CLI = path.join(REPO_ROOT, 'dist/cli.js');
/** The built module (scripts/build.mjs): MCP tests run what ships, not the sources. */
export const BUILT_MODULE = path.join(REPO_ROOT, 'dist/index.js');

type BuiltModule = typeof import('../../src/index.js');
let built: Promise<BuiltModule> | undefined;
/** dist/index.js, built by test/global-setup.ts before any test file starts. */
export function loadBuiltServer(): Promise<BuiltModule> {
  built ??= import(pathToFileURL(BUILT_MODULE).href) as Promise<BuiltModule>;
  return built;
}

export interface TestClient {
  client: Client;
  close(): Promise<void>;
  /** Calls a tool and returns the whole result (isError included). */
  call(
    name: string,
    args?: Record<string, unknown>,
    onProgress?: (p: Progress) => void,
  ): Promise<CallToolResult>;
  /** Calls a tool that must succeed and returns its structuredContent. */
  ok<T = Record<string, unknown>>(
    name: string,
    args?: Record<string, unknown>,
    onProgress?: (p: Progress) => void,
  ): Promise<T>;
  /** Calls a tool that must fail and returns its error text. */
  fails(name: string, args?: Record<string, unknown>): Promise<string>;
}

function wrap(client: Client, close: () => Promise<void>): TestClient {
  const call = (name: string, args: Record<string, unknown> = {}, onProgress?: (p: Progress) => void) =>
    client.callTool({ name, arguments: args }, undefined, {
      onprogress: onProgress,
      timeout: 600_000,
      resetTimeoutOnProgress: true,
    }) as Promise<CallToolResult>;
  return {
    client,
    close,
    call,
    async ok(name, args, onProgress) {
      const result = await call(name, args, onProgress);
      if (result.isError) throw new Error(`${name} failed: ${JSON.stringify(result.content)}`);
      return result.structuredContent as never;
    },
    async fails(name, args) {
      const result = await call(name, args);
      if (!result.isError)
        throw new Error(
          `${name} was expected to fail but returned ${JSON.stringify(result.structuredContent)}`,
        );
      return (result.content as { text: string }[]).map((c) => c.text).join('\n');
    },
  };
}

/**
 * A real MCP client connected to the built server (dist/index.js) in this process, through
 * the SDK's in-memory transport.
 * `capabilities` lets a test act as a client with elicitation or roots. Tool tests act as a
 * client without elicitation whose user allowed `confirm: true` (--allow-confirm-argument);
 * the security tests turn that off.
 */
export async function connectInMemory(
  overrides: Partial<ServerConfig> = {},
  capabilities: ConstructorParameters<typeof Client>[1] = {},
): Promise<TestClient> {
  const { createServer, defaultConfig } = await loadBuiltServer();
  const allow = { ...NO_ALLOWANCES, confirmArgument: true };
  const server = createServer(defaultConfig({ workspace: [REPO_ROOT], allow, ...overrides }));
  const client = new Client({ name: 'dockwright-test', version: '1.0.0' }, capabilities);
  const [clientTransport, serverTransport] = InMemoryTransport.createLinkedPair();
  await server.connect(serverTransport);
  await client.connect(clientTransport);
  return wrap(client, async () => {
    await client.close();
    await server.close();
  });
}

/** A real MCP client talking to `node dist/cli.js serve ...` over stdio. */
export async function connectStdio(
  args: string[] = [],
  env: Record<string, string> = {},
): Promise<TestClient> {
  const transport = new StdioClientTransport({
    command: process.execPath,
    args: [CLI, ...args],
    env: { ...(process.env as Record<string, string>), ...env },
    stderr: 'pipe',
  });
  const client = new Client({ name: 'dockwright-test', version: '1.0.0' });
  await client.connect(transport);
  return wrap(client, () => client.close());
}

/** Runs `use` with a connected client and closes the client however `use` ends. */
export async function withClient<T>(
  connecting: Promise<TestClient>,
  use: (mcp: TestClient) => Promise<T>,
): Promise<T> {
  const mcp = await connecting;
  try {
    return await use(mcp);
  } finally {
    await mcp.close();
  }
}
