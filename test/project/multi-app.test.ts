import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { detectProject } from '../../src/project/index.js';

const root = mkdtempSync(path.join(tmpdir(), 'dw-multi-app-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function write(file: string, text: string): void {
  mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
  writeFileSync(path.join(root, file), text);
}

describe('repositories with several apps', () => {
  it('names every app below the root, not "the only project", and reports the existing compose file', () => {
    write(
      'frontend/package.json',
      JSON.stringify({ dependencies: { vite: '6' }, scripts: { build: 'vite build' } }),
    );
    write('backend/requirements.txt', 'flask==3.0\n');
    write('backend/app.py', 'app = None\n');
    write('docker-compose.yml', 'services: {}\n');
    const plan = detectProject(root);
    expect(plan.appDir).toEqual({ value: 'backend', source: 'backend: the first of 2 apps below the root' });
    expect(plan.notes).toContain(
      'This repository holds 2 apps (backend, frontend): compose_generate on the root writes a Dockerfile for each and a compose.yaml that wires them; appDir picks one.',
    );
    expect(plan.notes.join(' ')).toContain('already has docker-compose.yml');
    expect(detectProject(root, { appDir: 'frontend' }).appKind.value).toBe('static-site');
  });
});
