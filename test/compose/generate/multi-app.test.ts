import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { generateMultiApp } from '../../../src/compose/generate/multi-app.js';
import { validateCompose } from '../../../src/compose/validate.js';
import { runProcess } from '../../../src/exec/process.js';
import { detectApps } from '../../../src/project/detect-apps.js';
import { tempTrees } from '../../helpers/temp-tree.js';

const tree = tempTrees('dw-multi-compose-');

const json = (value: unknown) => JSON.stringify(value);
type Service = Record<string, unknown> & { build: { context: string; dockerfile?: string } };

async function generated(root: string, keepExisting = true) {
  const out = await generateMultiApp(root, detectApps(root), { keepExisting });
  return { ...out, doc: parse(out.compose) as { services: Record<string, Service> } };
}

describe('compose.yaml for a multi-app repository', () => {
  it('builds workspace apps from the root with their own Dockerfile, one shared .dockerignore, and passes docker-compose config', async () => {
    const root = tree({
      'package.json': json({ private: true, workspaces: ['apps/*', 'packages/*'] }),
      'package-lock.json': json({ lockfileVersion: 3, packages: {} }),
      'apps/web/package.json': json({ scripts: { build: 'vite build' }, devDependencies: { vite: '6' } }),
      'apps/web/vite.config.js': 'export default { server: { proxy: { "/api": "http://localhost:4000" } } }',
      'apps/api/package.json': json({
        scripts: { start: 'node server.js' },
        dependencies: { express: '4', pg: '8' },
      }),
      'apps/api/server.js': 'app.listen(process.env.PORT || 4000)',
      'packages/shared/package.json': json({ name: 'shared' }),
    });
    const { doc, files, rationale, compose } = await generated(root);
    expect(files.map((f) => f.name)).toEqual([
      'apps/api/Dockerfile',
      'apps/web/Dockerfile',
      '.dockerignore',
      'compose.yaml',
    ]);
    expect(doc.services.api.build).toEqual({ context: '.', dockerfile: 'apps/api/Dockerfile' });
    expect(doc.services.web.build).toEqual({ context: '.', dockerfile: 'apps/web/Dockerfile' });
    expect(Object.keys(doc.services)).toEqual(['postgres', 'api', 'web']);
    expect(doc.services.api.depends_on).toEqual({ postgres: { condition: 'service_healthy' } });
    // web is a static site: its code runs in the browser, where service names mean nothing.
    expect(doc.services.web.depends_on).toBeUndefined();
    expect(doc.services.web.environment).toEqual({ PORT: '8080' });
    expect(rationale.find((r) => r.choice === 'web → api: nothing wired')?.why).toContain(
      'proxy the API path to http://api:4000',
    );

    writeFileSync(path.join(root, 'compose.yaml'), compose);
    const report = await validateCompose({ workingDir: root, files: [path.join(root, 'compose.yaml')] });
    expect(report.errors).toEqual([]);
    // Each app's probe is in compose.yaml, so depends_on: service_healthy is not a finding (DC002).
    expect(report.findings.map((f) => f.code)).not.toContain('DC002');
    expect(doc.services.api.healthcheck).toMatchObject({
      test: ['CMD', 'node', '-e', expect.stringContaining('http://127.0.0.1:4000/')],
      interval: '2s',
      retries: 5,
    });
    const cli = await runProcess('docker-compose', ['-f', path.join(root, 'compose.yaml'), 'config', '-q'], {
      cwd: root,
    });
    expect(cli.stderr).toBe('');
    expect(cli.exitCode).toBe(0);
  });

  it('builds a root app from the root, its .dockerignore leaving out the other apps', async () => {
    const root = tree({
      'package.json': json({ scripts: { start: 'node server.js' } }),
      'server.js': 'fetch(process.env.BACKEND_URL); app.listen(process.env.PORT || 3000)',
      'backend/requirements.txt': '\n',
      'backend/app.py': 'port = int(os.environ.get("PORT", 5000))\n',
    });
    const { doc, files } = await generated(root);
    expect(doc.services.app.build).toEqual({ context: '.' });
    expect(doc.services.backend.build).toEqual({ context: './backend' });
    expect(doc.services.app.environment).toMatchObject({ BACKEND_URL: 'http://backend:5000' });
    expect(files.find((f) => f.name === '.dockerignore')?.content).toMatch(/\nbackend\/\n$/);
  });

  it('publishes two apps on the same port under different host ports and adds a shared database once', async () => {
    const server = (port: number) => `app.listen(process.env.PORT || ${port})`;
    const root = tree({
      'orders/package.json': json({
        scripts: { start: 'node index.js' },
        dependencies: { express: '4', pg: '8' },
      }),
      'orders/index.js': `${server(3000)}; fetch(process.env.USERS_URL)`,
      'users/package.json': json({
        scripts: { start: 'node index.js' },
        dependencies: { express: '4', pg: '8' },
      }),
      'users/index.js': `${server(3000)}; fetch(process.env.ORDERS_URL)`,
    });
    const { doc, rationale } = await generated(root);
    expect(Object.keys(doc.services)).toEqual(['postgres', 'orders', 'users']);
    expect(doc.services.orders.ports).toEqual(['127.0.0.1:3000:3000']);
    expect(doc.services.users.ports).toEqual(['127.0.0.1:3001:3000']);
    // They call each other: both get the address, only one waits, since Compose refuses a cycle.
    expect(doc.services.orders.environment).toMatchObject({ USERS_URL: 'http://users:3000' });
    expect(doc.services.users.environment).toMatchObject({ ORDERS_URL: 'http://orders:3000' });
    expect(doc.services.orders.depends_on).toEqual({
      postgres: { condition: 'service_healthy' },
      users: { condition: 'service_healthy' },
    });
    expect(doc.services.users.depends_on).toEqual({ postgres: { condition: 'service_healthy' } });
    expect(rationale.find((r) => r.choice.startsWith('users → orders'))?.why).toContain('no depends_on');
  });

  it('builds an app that has no template with its own Dockerfile, and names the app that has neither', async () => {
    const own = 'FROM debian:bookworm-slim\nEXPOSE 9000\nHEALTHCHECK CMD true\nCMD ["./serve"]\n';
    const root = tree({
      'legacy/build.zig': 'const std = @import("std");\n',
      'legacy/Dockerfile': own,
      'web/index.html': '<p>fetch("http://localhost:9000/x")</p>',
    });
    const { doc, apps, files } = await generated(root);
    expect(apps.find((a) => a.name === 'legacy')).toMatchObject({
      port: 9000,
      generated: '',
      existing: ['legacy/Dockerfile'],
    });
    expect(files.map((f) => f.name)).not.toContain('legacy/Dockerfile');
    expect(doc.services.legacy.build).toEqual({ context: './legacy' });

    const bare = tree({
      'legacy/build.zig': '',
      'legacy/Procfile': 'web: ./serve\n',
      'web/index.html': '<p>hi</p>',
    });
    await expect(generateMultiApp(bare, detectApps(bare), { keepExisting: true })).rejects.toThrow(
      /^App legacy: .*no Dockerfile template for zig/,
    );
  });
});
