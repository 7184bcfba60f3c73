import { spawn } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { ListRootsRequestSchema } from '@modelcontextprotocol/sdk/types.js';
import { describe, expect, it } from 'vitest';
import { CLI } from '../helpers/mcp.js';
import { INIT } from './http-helpers.js';

// Findings 13 and 11 of issue 14, over the real bin's stdio: a message over 10 MiB made the server
// exit 0 with nothing on stderr, and requests with invalid params got no answer at all.
interface Session {
  send(line: string | Buffer): void;
  /** The next answer with this id (null for errors about unreadable messages). */
  answer(id: number | string | null): Promise<Record<string, unknown>>;
  stderr(): string;
  end(): Promise<number | null>;
}

function startStdio(): Session {
  const child = spawn(process.execPath, [CLI, 'serve'], { stdio: ['pipe', 'pipe', 'pipe'] });
  const answers: Record<string, unknown>[] = [];
  const waiting: (() => void)[] = [];
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => {
    stdout += chunk.toString();
    for (let nl = stdout.indexOf('\n'); nl !== -1; nl = stdout.indexOf('\n')) {
      answers.push(JSON.parse(stdout.slice(0, nl)));
      stdout = stdout.slice(nl + 1);
    }
    for (const wake of waiting.splice(0)) wake();
  });
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
  return {
    send: (line) => child.stdin.write(line),
    async answer(id) {
      for (;;) {
        const found = answers.findIndex((a) => a.id === id);
        if (found !== -1) return answers.splice(found, 1)[0];
        await new Promise<void>((resolve) => waiting.push(resolve));
      }
    },
    stderr: () => stderr,
    end() {
      child.stdin.end();
      return exited;
    },
  };
}

const line = (message: unknown) => `${JSON.stringify(message)}\n`;
const call = (id: number, params: unknown) => line({ jsonrpc: '2.0', id, method: 'tools/call', params });

const CASES: { finding: string; attack: string; check: () => Promise<void> }[] = [
  {
    finding: '13',
    attack: 'a message over 10 MiB',
    async check() {
      const stdio = startStdio();
      stdio.send(line(INIT));
      await stdio.answer(1);
      const big = Buffer.alloc(11 * 1024 * 1024, 'a');
      stdio.send(
        Buffer.concat([Buffer.from('{"jsonrpc":"2.0","id":2,"method":"ping","params":{"x":"'), big]),
      );
      stdio.send('"}}\n');
      // The request is answered by its own id, so the client does not wait for a reply forever.
      expect(await stdio.answer(2)).toMatchObject({
        error: { code: -32600, message: expect.stringMatching(/10 MiB/) },
      });
      expect(stdio.stderr()).toMatch(/over the 10 MiB limit was discarded/);
      // The SDK's client writes the id last; a nested "id" in the params is not taken for it.
      stdio.send(Buffer.concat([Buffer.from('{"method":"ping","params":{"id":9,"x":"'), big]));
      stdio.send('"},"jsonrpc":"2.0","id":"last"}\n');
      expect(await stdio.answer('last')).toMatchObject({ error: { code: -32600 } });
      stdio.send(line({ jsonrpc: '2.0', id: 3, method: 'ping' }));
      expect(await stdio.answer(3)).toMatchObject({ result: {} });
      expect(await stdio.end()).toBe(0);
    },
  },
  {
    finding: '13',
    attack: 'requests with invalid params, or that are not JSON',
    async check() {
      const stdio = startStdio();
      stdio.send(line(INIT));
      await stdio.answer(1);
      stdio.send(call(2, 'not an object'));
      stdio.send(call(3, { name: 5 }));
      stdio.send(call(4, { name: 'system_info', arguments: 'zz' }));
      for (const id of [2, 3, 4]) {
        const answer = await stdio.answer(id);
        expect(answer.error, `id ${id}`).toMatchObject({
          code: -32602,
          message: expect.stringMatching(/Invalid params for tools\/call/),
        });
      }
      stdio.send('{"jsonrpc": "2.0", "id": 5,\n');
      expect(await stdio.answer(null)).toMatchObject({ error: { code: -32700 } });
      await stdio.end();
    },
  },
  {
    finding: '11',
    attack: 'a stdio client declares file:/// as its root to escape an explicit --workspace',
    async check() {
      const workspace = await mkdtemp(path.join(os.tmpdir(), 'dw-safety-server-stdio-ws-'));
      const outside = await mkdtemp(path.join(os.tmpdir(), 'dw-safety-server-stdio-out-'));
      for (const dir of [workspace, outside])
        await writeFile(path.join(dir, 'Dockerfile'), 'FROM busybox:latest\n');
      const client = new Client({ name: 't', version: '1' }, { capabilities: { roots: {} } });
      client.setRequestHandler(ListRootsRequestSchema, async () => ({ roots: [{ uri: 'file:///' }] }));
      await client.connect(
        new StdioClientTransport({
          command: process.execPath,
          args: [CLI, 'serve', '--workspace', workspace],
        }),
      );
      const lint = async (dir: string) => {
        const result = await client.callTool({
          name: 'dockerfile_lint',
          arguments: { file: path.join(dir, 'Dockerfile'), shellcheck: false },
        });
        return result.isError ? (result.content as { text: string }[])[0].text : 'ok';
      };
      expect(await lint(outside)).toMatch(/PATH_OUTSIDE_WORKSPACE/);
      expect(await lint(workspace)).toBe('ok');
      await client.close();
    },
  },
];

describe('security: stdio answers every message and keeps --workspace (issue 14)', () => {
  for (const row of CASES) it(`finding ${row.finding}: ${row.attack}`, row.check);
});
