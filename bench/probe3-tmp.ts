import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { connectEngine } from '../src/engine/index.js';
import { loadApp } from './containerize/corpus.js';
import { standInOverrides } from './containerize/pipeline.js';
const workspace = mkdtempSync(path.join(tmpdir(), 'probe-'));
const client = new Client({ name: 'p', version: '1' });
await client.connect(new StdioClientTransport({ command: process.execPath, args: [path.resolve('dist/cli.js'), '--workspace', workspace], env: { ...(process.env as Record<string,string>), DOCKWRIGHT_PATTERNS_DB: path.join(workspace, 'p.db') }, stderr: 'inherit' }));
const engine = await connectEngine();
const name = process.argv[2] ?? 'node-bun-no-deps';
cpSync(loadApp(name).dir, path.join(workspace, name), { recursive: true });
for (let i = 0; i < 3; i++) {
  const r: any = await client.callTool({ name: 'project_containerize', arguments: { dir: name, baseImages: standInOverrides(), noCache: i > 0, labels: { 'dockwright.bench': 'probe' } } }, undefined, { timeout: 900000 });
  const s = r.structuredContent;
  const img = await engine.inspectImage(s.image.tag);
  console.log(i, s.stages.map((x: any) => `${x.name}:${x.ms}`).join(' '), img.layers.map((l) => l.slice(7, 15)).join(' '));
}
await client.close();
