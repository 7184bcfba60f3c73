import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { loadApp } from './containerize/corpus.js';
import { standInOverrides } from './containerize/pipeline.js';
const workspace = mkdtempSync(path.join(tmpdir(), 'probe-'));
const client = new Client({ name: 'p', version: '1' });
await client.connect(new StdioClientTransport({ command: process.execPath, args: [path.resolve('dist/cli.js'), '--workspace', workspace], env: { ...(process.env as Record<string,string>), DOCKWRIGHT_PATTERNS_DB: path.join(workspace, 'p.db') }, stderr: 'inherit' }));
for (const name of (process.argv[2] ?? 'node-bun-no-deps').split(',')) {
  cpSync(loadApp(name).dir, path.join(workspace, name), { recursive: true });
  for (let i = 0; i < 3; i++) {
    const t = Date.now();
    const r: any = await client.callTool({ name: 'project_containerize', arguments: { dir: name, baseImages: standInOverrides(), labels: { 'dockwright.bench': 'probe' } } }, undefined, { timeout: 900000 });
    const s = r.structuredContent;
    console.log(name, i, Date.now() - t, 'ms', s.stages.map((x: any) => `${x.name}:${x.ms}`).join(' '), JSON.stringify(s.scan));
  }
}
await client.close();
