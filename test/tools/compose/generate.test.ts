import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectInMemory, type TestClient } from '../../helpers/mcp.js';

describe('compose_generate (MCP)', () => {
  let mcp: TestClient;
  let workspace: string;
  beforeAll(async () => {
    workspace = mkdtempSync(path.join(tmpdir(), 'dw-compose-tool-'));
    mkdirSync(path.join(workspace, 'api'));
    writeFileSync(
      path.join(workspace, 'api', 'requirements.txt'),
      'fastapi==0.115\nuvicorn==0.32\npsycopg[binary]==3.2\nredis==5.2\n',
    );
    writeFileSync(path.join(workspace, 'api', 'main.py'), '');
    mcp = await connectInMemory({ workspace: [workspace] });
  });
  afterAll(() => mcp.close());

  it('writes compose.yaml with the inferred services and lists the secret files to create', async () => {
    const out = await mcp.ok<{
      compose: string;
      filesToCreate: string[];
      files: { path: string; action: string }[];
    }>('compose_generate', { dir: 'api', write: true });
    expect(out.files).toEqual([{ path: 'api/compose.yaml', action: 'created' }]);
    expect(readFileSync(path.join(workspace, 'api', 'compose.yaml'), 'utf8')).toBe(out.compose);
    expect(out.compose).toContain('image: postgres:17.2-bookworm');
    expect(out.compose).toContain('image: redis:7.4-bookworm');
    expect(out.compose).toContain('- 127.0.0.1:8000:8000');
    expect(out.filesToCreate).toEqual(['secrets/postgres_password.txt']);
    const again = await mcp.ok<{ files: { action: string }[] }>('compose_generate', {
      dir: 'api',
      write: true,
    });
    expect(again.files[0].action).toBe('unchanged');
  });

  it('refuses an empty directory and writes nothing', async () => {
    mkdirSync(path.join(workspace, 'empty'));
    expect(await mcp.fails('compose_generate', { dir: 'empty', write: true })).toMatch(/is empty/);
    expect(existsSync(path.join(workspace, 'empty', 'compose.yaml'))).toBe(false);
  });
});
