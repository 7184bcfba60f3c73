import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runProcess } from '../../src/exec/process.js';
import { CLI, REPO_ROOT } from '../helpers/mcp.js';
import { removeTree } from '../helpers/temp-tree.js';

const FIXTURE = path.join(REPO_ROOT, 'test/compose/fixtures/projects/multi-app');
const generate = (args: string[]) =>
  runProcess(process.execPath, [CLI, 'generate', ...args], { timeoutMs: 60_000, env: { NO_COLOR: '1' } });

describe('dockwright generate on a multi-app folder (built CLI)', () => {
  let repo: string;
  beforeAll(() => {
    repo = mkdtempSync(path.join(tmpdir(), 'dw-cli-multi-app-'));
    cpSync(FIXTURE, repo, { recursive: true });
  });
  afterAll(() => removeTree(repo));

  it('--write writes a Dockerfile and .dockerignore per app and the root compose.yaml', async () => {
    const result = await generate([repo, '--write']);
    expect(result.stderr).toBe('');
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toContain('backend (backend): python, port 38174, builds with backend/Dockerfile');
    expect(result.stdout).toContain('frontend (frontend): node, port 38173, builds with frontend/Dockerfile');
    for (const file of [
      'backend/Dockerfile',
      'backend/.dockerignore',
      'frontend/Dockerfile',
      'frontend/.dockerignore',
      'compose.yaml',
    ])
      expect(result.stdout).toContain(`${file}: created`);
    const compose = readFileSync(path.join(repo, 'compose.yaml'), 'utf8');
    expect(compose).toContain('BACKEND_URL: http://backend:38174');
    expect(readFileSync(path.join(repo, 'backend/Dockerfile'), 'utf8')).toContain('CMD ["python", "app.py"]');
  });

  it('reports an edited Dockerfile, keeps it without --overwrite and replaces it with --overwrite', async () => {
    const own = 'FROM python:3.11-slim-bookworm\nCOPY app.py .\nCMD ["python3", "app.py"]\n';
    writeFileSync(path.join(repo, 'backend/Dockerfile'), own);
    const kept = await generate([repo, '--write']);
    expect(kept.exitCode).toBe(0);
    expect(kept.stdout).toContain('found backend/Dockerfile');
    expect(kept.stdout).toContain('backend/Dockerfile: exists-differs (kept; pass --overwrite to replace)');
    expect(kept.stdout).toContain('compose.yaml: exists-differs');
    expect(readFileSync(path.join(repo, 'backend/Dockerfile'), 'utf8')).toBe(own);

    const replaced = await generate([repo, '--write', '--overwrite']);
    expect(replaced.stdout).toContain('backend/Dockerfile: overwritten');
    expect(readFileSync(path.join(repo, 'backend/Dockerfile'), 'utf8')).toContain('HEALTHCHECK');
  });

  it('--no-compose leaves compose.yaml out; --port without --app-dir names the apps to pick from', async () => {
    const dockerfiles = await generate([repo, '--no-compose']);
    expect(dockerfiles.exitCode).toBe(0);
    expect(dockerfiles.stdout).toContain('----- frontend/Dockerfile -----');
    expect(dockerfiles.stdout).not.toContain('----- compose.yaml -----');
    expect(dockerfiles.stdout).not.toMatch(/^compose\.yaml: /m);
    const port = await generate([repo, '--port', '9000']);
    expect(port.exitCode).toBe(2);
    expect(port.stderr).toContain('--port applies to one app');
    expect(port.stderr).toContain('(backend, frontend)');
  });

  it('--app-dir still generates one app', async () => {
    const result = await generate([repo, '--app-dir', 'frontend', '--json']);
    expect(result.exitCode).toBe(0);
    expect((JSON.parse(result.stdout) as { plan: { appDir: { value: string } } }).plan.appDir.value).toBe(
      'frontend',
    );
  });
});
