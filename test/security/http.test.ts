import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CLI } from '../helpers/mcp.js';
import { httpClient, INIT, post, startServe } from './http-helpers.js';

// Finding 2 of issue 14: `serve --http` on loopback without a token let user `nobody`, who
// cannot open docker.sock, drive the engine. The real bin, real HTTP on 127.0.0.1.
const children: { kill(): boolean }[] = [];
afterAll(() => {
  for (const child of children) child.kill();
});

/** Runs node as user nobody, POSTing an initialize with the given headers; prints the status. */
function postAsNobody(url: string, headers: Record<string, string>): string {
  const script = `fetch(${JSON.stringify(url)}, { method: 'POST', headers: ${JSON.stringify({
    'content-type': 'application/json',
    accept: 'application/json, text/event-stream',
    ...headers,
  })}, body: ${JSON.stringify(JSON.stringify(INIT))} }).then((r) => console.log(r.status), (e) => console.log(e.message))`;
  const result = spawnSync('runuser', ['-u', 'nobody', '--', process.execPath, '-e', script], {
    cwd: '/',
    encoding: 'utf8',
  });
  return `${result.stdout}${result.stderr}`.trim();
}

const CASES: { finding: string; attack: string; check: () => Promise<void> }[] = [
  {
    finding: '2',
    attack: 'user nobody drives `serve --http` started without a token',
    async check() {
      const serve = await startServe([]);
      children.push(serve.child);
      const token = /Authorization: Bearer (\S+)"/.exec(serve.stderr)?.[1] ?? '';
      expect(token.length).toBeGreaterThanOrEqual(40);
      expect(postAsNobody(serve.url, {})).toBe('401');
      expect((await post(serve.url, {}, JSON.stringify(INIT))).status).toBe(401);
      const client = await httpClient(serve.url, token);
      expect((await client.listTools()).tools.length).toBeGreaterThan(10);
      await client.close();
    },
  },
  {
    finding: '2',
    attack: 'the token written to --token-file is readable by another user',
    async check() {
      const folder = await mkdtemp(path.join(os.tmpdir(), 'dw-safety-server-token-'));
      const file = path.join(folder, 'config/dockwright/token');
      const serve = await startServe(['--token-file', file]);
      children.push(serve.child);
      expect((await stat(file)).mode & 0o777).toBe(0o600);
      expect(serve.stderr).toContain(file);
      const token = (await readFile(file, 'utf8')).trim();
      expect(serve.stderr).not.toContain(token);
      const read = spawnSync('runuser', ['-u', 'nobody', '--', 'cat', file], { encoding: 'utf8' });
      expect(read.status).not.toBe(0);
      expect(postAsNobody(serve.url, { authorization: 'Bearer guess' })).toBe('401');
      expect((await post(serve.url, { authorization: `Bearer ${token}` }, JSON.stringify(INIT))).status).toBe(
        200,
      );
    },
  },
  {
    finding: '2',
    attack: 'tokenless mode without the flag that names it unsafe, or off loopback',
    async check() {
      const run = (args: string[]) =>
        spawnSync(process.execPath, [CLI, 'serve', '--http', '--port', '0', ...args], {
          encoding: 'utf8',
          timeout: 20_000,
          env: { ...process.env, DOCKWRIGHT_TOKEN: '' },
        });
      const offLoopback = run(['--unsafe-no-auth', '--host', '0.0.0.0']);
      expect(offLoopback.status).toBe(2);
      expect(offLoopback.stderr).toMatch(/Refusing to listen on 0.0.0.0 without a token/);
      const serve = await startServe(['--unsafe-no-auth']);
      children.push(serve.child);
      expect(serve.stderr).toMatch(/--unsafe-no-auth: any local user or process can drive Docker/);
      expect((await post(serve.url, {}, JSON.stringify(INIT))).status).toBe(200);
    },
  },
];

describe('security: HTTP needs a token unless the user says otherwise (issue 14)', () => {
  for (const row of CASES) it(`finding ${row.finding}: ${row.attack}`, row.check);
});
