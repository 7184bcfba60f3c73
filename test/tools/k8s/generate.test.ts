import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectInMemory, REPO_ROOT, type TestClient } from '../../helpers/mcp.js';

interface Out {
  source: string;
  yaml: string;
  objects: string[];
  valid: boolean;
  findings: { code: string; kind: string; name: string }[];
  notTranslated: { service: string; key: string }[];
  secretsToCreate: { name: string; keys: string[] }[];
}

describe('k8s_generate (MCP)', () => {
  let mcp: TestClient;
  let workspace: string;
  beforeAll(async () => {
    workspace = mkdtempSync(path.join(tmpdir(), 'dw-k8s-tool-'));
    mcp = await connectInMemory({ workspace: [workspace] });
  });
  afterAll(async () => {
    await mcp?.close();
    rmSync(workspace, { recursive: true, force: true });
  });

  it('translates a compose project, refers to its secrets by name and reports what does not translate', async () => {
    const dir = path.join(workspace, 'stack');
    cpSync(path.join(REPO_ROOT, 'test/compose/fixtures/projects/stack'), dir, { recursive: true });
    const result = await mcp.call('k8s_generate', { dir: 'stack', namespace: 'shop' });
    const out = result.structuredContent as unknown as Out;
    expect(out.source).toBe('compose');
    expect(out.valid).toBe(true);
    expect(out.objects.sort()).toEqual([
      'Deployment/app',
      'Deployment/cache',
      'Deployment/db',
      'PersistentVolumeClaim/db-data',
      'Service/app',
    ]);
    expect(out.yaml).toMatch(/namespace: shop/);
    expect(out.notTranslated).toEqual(
      expect.arrayContaining([{ service: 'app', key: 'depends_on', reason: expect.any(String) }]),
    );
    expect(out.findings.map((f) => `${f.code} ${f.kind}/${f.name}`)).toContain('K8S001 Deployment/app');
    const text = (result.content as { text: string }[])[0].text;
    expect(text).toMatch(/^kind: Deployment$/m);
    expect(text).toMatch(/Not translated: services\.app\.depends_on/);
  });

  it('uses the generated compose.yaml and Dockerfile of a project without one', async () => {
    cpSync(
      path.join(REPO_ROOT, 'test/dockerfile/generate/fixtures/node-npm-build'),
      path.join(workspace, 'web'),
      {
        recursive: true,
      },
    );
    const out = await mcp.ok<Out>('k8s_generate', { dir: 'web' });
    expect(out.source).toBe('generated');
    expect(out.valid).toBe(true);
    expect(out.yaml).toMatch(/readinessProbe:/);
    expect(out.yaml).toMatch(/runAsNonRoot: true/);
  });

  it('gives each app of a multi-app repository without a compose file its Deployment and Service', async () => {
    const dir = path.join(workspace, 'shop');
    cpSync(path.join(REPO_ROOT, 'test/compose/fixtures/projects/multi-app'), dir, { recursive: true });
    // The backend keeps its own Dockerfile: its user and port come from it.
    writeFileSync(
      path.join(dir, 'backend/Dockerfile'),
      'FROM python:3.12-slim\nCOPY . /app\nUSER 1000\nEXPOSE 5000\nCMD ["python", "/app/app.py"]\n',
    );
    const out = await mcp.ok<Out>('k8s_generate', { dir: 'shop' });
    expect(out.source).toBe('generated');
    expect(out.valid).toBe(true);
    expect(out.objects.sort()).toEqual([
      'ConfigMap/backend-env',
      'ConfigMap/frontend-env',
      'Deployment/backend',
      'Deployment/frontend',
      'Service/backend',
      'Service/frontend',
    ]);
    const docs = out.yaml.split(/^---$/m);
    const backend = docs.find((doc) => /kind: Deployment\n[\s\S]*name: backend\n/.test(doc)) ?? '';
    expect(backend).toMatch(/runAsUser: 1000\n/);
    expect(backend).toMatch(/containerPort: 5000/);
    // The frontend reaches the backend by its Service name, as in the generated compose.yaml.
    expect(out.yaml).toMatch(/BACKEND_URL: http:\/\/backend:5000/);
  });

  it('keeps secrets out of the manifests and refuses a folder outside the workspace', async () => {
    const dir = path.join(workspace, 'secret');
    cpSync(path.join(REPO_ROOT, 'test/compose/fixtures/projects/stack'), dir, { recursive: true });
    writeFileSync(
      path.join(dir, 'compose.yaml'),
      'services:\n  api:\n    image: api:1.0\n    environment:\n      STRIPE_KEY: sk_live_abcdefghijklmnopqrstuvwx\n      MODE: fast\n',
    );
    const out = await mcp.ok<Out>('k8s_generate', { dir: 'secret' });
    expect(out.yaml).not.toMatch(/sk_live_/);
    expect(out.secretsToCreate).toEqual([
      { name: 'api-secrets', keys: ['STRIPE_KEY'], from: 'services.api.environment' },
    ]);
    expect(await mcp.fails('k8s_generate', { dir: '/etc' })).toMatch(/outside the workspace/);
  });
});
