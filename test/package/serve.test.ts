import { type ChildProcess, spawn } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allPrompts } from '../../prompts/index.js';
import { runProcess } from '../../src/exec/process.js';
import { VERSION } from '../../src/version.js';
import { allTools } from '../../tools/index.js';
import { installedPackage } from '../helpers/installed.js';
import { REPO_ROOT } from '../helpers/mcp.js';

/** `dockwright serve` from the packed tarball installed in an empty folder, through real MCP clients. */
let bin: string;
let installDir: string;
let work: string;

beforeAll(async () => {
  ({ bin, dir: installDir } = await installedPackage());
  work = mkdtempSync(path.join(tmpdir(), 'dw-serve-'));
  cpSync(path.join(REPO_ROOT, 'test/dockerfile/generate/fixtures/node-npm-build'), path.join(work, 'app'), {
    recursive: true,
  });
}, 1_500_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

const text = (result: CallToolResult) => (result.content as { text: string }[]).map((c) => c.text).join('\n');

describe('dockwright serve over stdio (installed tarball)', () => {
  let client: Client;
  beforeAll(async () => {
    client = new Client({ name: 'dw-package-test', version: '1' });
    await client.connect(
      new StdioClientTransport({
        command: bin,
        args: ['serve', '--workspace', work],
        cwd: work,
        stderr: 'pipe',
      }),
    );
  });
  afterAll(() => client?.close());

  it('lists every tool, prompt and resource template the sources define', async () => {
    const tools = (await client.listTools()).tools.map((t) => t.name).sort();
    expect(tools).toEqual(allTools.map((t) => t.name).sort());
    const prompts = (await client.listPrompts()).prompts.map((p) => p.name).sort();
    expect(prompts).toEqual(allPrompts.map((p) => p.name).sort());
    const templates = (await client.listResourceTemplates()).resourceTemplates.map((t) => t.uriTemplate);
    expect(templates).toEqual(expect.arrayContaining(['dockwright://rules/{code}']));
  });

  it('runs compose_generate and dockerfile_lint (the two calls the bundle once broke)', async () => {
    const compose = (await client.callTool({
      name: 'compose_generate',
      arguments: { dir: 'app' },
    })) as CallToolResult;
    expect(compose.isError, text(compose)).toBeFalsy();
    expect(JSON.stringify(compose.structuredContent)).toMatch(/services:/);
    const lint = (await client.callTool({
      name: 'dockerfile_lint',
      arguments: { content: 'FROM debian:latest\n' },
    })) as CallToolResult;
    expect(lint.isError, text(lint)).toBeFalsy();
    expect(JSON.stringify(lint.structuredContent)).toMatch(/DL3007/);
  });

  it('renders a prompt and reads a resource', async () => {
    const prompt = await client.getPrompt({ name: 'containerize', arguments: { dir: 'app' } });
    expect(JSON.stringify(prompt.messages)).toMatch(/project_containerize/);
    const rule = await client.readResource({ uri: 'dockwright://rules/DL3007' });
    expect(JSON.stringify(rule.contents)).toMatch(/latest/);
  });
});

describe("import('dockwright') (installed tarball)", () => {
  it('gives the server for embedding, which answers an in-process MCP client', async () => {
    // The script lives in the install folder, so `import('dockwright')` resolves through the
    // package's exports as a user's would; the MCP client comes from our own dev dependencies.
    const sdk = pathToFileURL(path.join(REPO_ROOT, 'node_modules/@modelcontextprotocol/sdk/dist/esm')).href;
    const script = path.join(installDir, 'embed.mjs');
    writeFileSync(
      script,
      [
        "const { createServer, defaultConfig, VERSION } = await import('dockwright');",
        `const { Client } = await import('${sdk}/client/index.js');`,
        `const { InMemoryTransport } = await import('${sdk}/inMemory.js');`,
        'const server = createServer(defaultConfig({ workspace: [process.cwd()] }));',
        "const client = new Client({ name: 'embed', version: '1' });",
        'const [a, b] = InMemoryTransport.createLinkedPair();',
        'await server.connect(b); await client.connect(a);',
        'console.log(VERSION, (await client.listTools()).tools.length);',
        'await client.close();',
      ].join('\n'),
    );
    const result = await runProcess(process.execPath, [script], { cwd: installDir });
    expect(result.stderr).toBe('');
    expect(result.stdout.trim()).toBe(`${VERSION} ${allTools.length}`);
  });
});

describe('dockwright serve --http (installed tarball)', () => {
  let server: ChildProcess;
  let url: string;
  const token = `pkg-test-${process.pid}`;
  beforeAll(async () => {
    server = spawn(bin, ['serve', '--http', '--port', '0', '--token', token, '--workspace', work], {
      cwd: work,
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    url = await new Promise<string>((resolve, reject) => {
      let stderr = '';
      const timer = setTimeout(() => reject(new Error(`no URL within 20 s: ${stderr}`)), 20_000);
      server.stderr?.on('data', (chunk) => {
        stderr += chunk;
        const found = /(http:\/\/127\.0\.0\.1:\d+\/mcp)/.exec(stderr);
        if (found) {
          clearTimeout(timer);
          resolve(found[1]);
        }
      });
      server.once('exit', (code) => reject(new Error(`serve exited ${code}: ${stderr}`)));
    });
  });
  afterAll(async () => {
    if (server.exitCode === null) {
      const exited = new Promise((resolve) => server.once('exit', resolve));
      server.kill('SIGTERM');
      await exited;
    }
  });

  it('refuses a request without the token and serves an authenticated client', async () => {
    const anonymous = await fetch(url, {
      method: 'POST',
      body: '{}',
      headers: { 'content-type': 'application/json' },
    });
    expect(anonymous.status).toBe(401);
    const client = new Client({ name: 'dw-package-test', version: '1' });
    await client.connect(
      new StreamableHTTPClientTransport(new URL(url), {
        requestInit: { headers: { authorization: `Bearer ${token}` } },
      }),
    );
    const { tools } = await client.listTools();
    expect(tools.length).toBe(allTools.length);
    const lint = (await client.callTool({
      name: 'dockerfile_lint',
      arguments: { content: 'FROM debian:latest\n' },
    })) as CallToolResult;
    expect(JSON.stringify(lint.structuredContent)).toMatch(/DL3007/);
    await client.close();
  });
});
