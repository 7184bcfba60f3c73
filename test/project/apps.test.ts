import { symlinkSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findAppLinks } from '../../src/project/app-links.js';
import { detectApps } from '../../src/project/detect-apps.js';
import { detectProject } from '../../src/project/index.js';
import { tempTrees } from '../helpers/temp-tree.js';

const tree = tempTrees('dw-apps-');

const json = (value: unknown) => JSON.stringify(value);
const summary = (root: string) =>
  detectApps(root).map(
    (app) => `${app.name}=${app.dir} (context ${app.context}, ${app.plan.language.value})`,
  );

describe('finding every app of a repository', () => {
  it('takes top folders that are projects and the projects inside the others; skips libraries, docs and symlinks', () => {
    const root = tree({
      'web/index.html': '<h1>shop</h1>',
      'services/api/go.mod': 'module example.com/api\n\ngo 1.22\n',
      'services/api/main.go': 'package main\n\nfunc main() {}\n',
      'services/worker/worker.py': 'print("working")\n',
      'packages/ui/package.json': json({ name: 'ui', main: 'index.js' }),
      'docs/index.html': '<h1>docs</h1>',
    });
    const outside = tree({ 'app.py': 'print("outside")\n', Dockerfile: 'FROM scratch\n' });
    symlinkSync(outside, path.join(root, 'linked'));
    symlinkSync(path.join(outside, 'Dockerfile'), path.join(root, 'web/Dockerfile'));
    expect(summary(root)).toEqual([
      'api=services/api (context services/api, go)',
      'worker=services/worker (context services/worker, python)',
      'web=web (context web, static)',
    ]);
    // Neither the symlinked folder nor the symlinked Dockerfile is read as the repository's own.
    expect(detectApps(root).find((app) => app.name === 'web')?.existing).toEqual([]);
  });

  it('takes the runnable packages of a Node workspace, each built from the root where the lockfile is', () => {
    const root = tree({
      'package.json': json({ private: true, workspaces: ['apps/*', 'packages/*'] }),
      'apps/web/package.json': json({ scripts: { build: 'vite build' }, devDependencies: { vite: '6' } }),
      'apps/api/package.json': json({ scripts: { start: 'node server.js' }, dependencies: { express: '4' } }),
      'apps/api/server.js': 'app.listen(process.env.PORT || 4000)',
      'packages/shared/package.json': json({ name: 'shared', main: 'index.js' }),
    });
    expect(summary(root)).toEqual(['api=apps/api (context ., node)', 'web=apps/web (context ., node)']);
    const [api] = detectApps(root);
    expect(api.plan.workspaceApp).toEqual({ value: 'apps/api', source: 'one app of a multi-app workspace' });
    expect(api.plan.port?.value).toBe(4000);
  });

  it('takes a root app and the apps beside it that have a manifest of their own', () => {
    const root = tree({
      'package.json': json({ scripts: { build: 'vite build' }, devDependencies: { vite: '6' } }),
      'src/main.js': 'console.log(1)',
      'api/main.py': 'print("a module of the root app, no manifest")\n',
      'backend/requirements.txt': 'flask==3.0\n',
      'backend/app.py': 'app.run(port=5000)\n',
      'services/mailer/go.mod': 'module mailer\n',
      'services/mailer/main.go': 'package main\n',
    });
    expect(summary(root)).toEqual([
      'app=. (context ., node)',
      'backend=backend (context backend, python)',
      'mailer=services/mailer (context services/mailer, go)',
    ]);
  });

  it('takes no workspace package from outside the repository', () => {
    const parent = tree({
      'outside/package.json': json({ scripts: { start: 'node x.js' } }),
      'repo/package.json': json({ workspaces: ['../*', 'apps/*'] }),
      'repo/apps/a/package.json': json({ scripts: { start: 'node a.js' } }),
      'repo/apps/b/package.json': json({ scripts: { start: 'node b.js' } }),
    });
    expect(detectApps(path.join(parent, 'repo')).map((app) => app.dir)).toEqual(['apps/a', 'apps/b']);
  });

  it('names services by path when two apps share a folder name, and is empty for one app', () => {
    const root = tree({
      'apps/web/index.html': '<p>a</p>',
      'legacy/web/index.html': '<p>b</p>',
    });
    expect(detectApps(root).map((app) => app.name)).toEqual(['apps-web', 'legacy-web']);
    // A folder named like a service compose.yaml adds for the apps' dependencies does not take its name.
    const clash = tree({ 'redis/index.html': '<p>admin</p>', 'shop/index.html': '<p>shop</p>' });
    expect(detectApps(clash).map((app) => app.name)).toEqual(['redis-app', 'shop']);
    expect(detectApps(tree({ 'backend/app.py': 'print(1)\n', 'notes/readme.md': '' }))).toEqual([]);
  });
});

it('stops at 24 apps and says so', () => {
  const many = Object.fromEntries(
    Array.from({ length: 26 }, (_, i) => [`sites/s${String(i).padStart(2, '0')}/index.html`, '<p>hi</p>']),
  );
  const root = tree(many);
  expect(detectApps(root)).toHaveLength(24);
  expect(detectProject(root).notes.join(' ')).toContain(
    's22, sites/s23 and 2 more): compose_generate on the root writes a Dockerfile for each of the first 24',
  );
});

describe('which app calls which', () => {
  const apps = [
    { name: 'frontend', dir: 'frontend', port: 3000 },
    { name: 'backend', dir: 'backend', port: 8080 },
  ];

  it('follows a variable named for the callee, and a localhost address with the generic variables read beside it', () => {
    const named = tree({ 'frontend/src/api.js': 'fetch(process.env.BACKEND_URL + "/items")' });
    expect(findAppLinks(named, apps)).toEqual([
      { from: 'frontend', to: 'backend', variables: ['BACKEND_URL'], source: 'frontend/src/api.js' },
    ]);
    const proxied = tree({
      'frontend/vite.config.js': 'export default { server: { proxy: { "/api": "http://localhost:8080" } } }',
      'frontend/src/main.js': 'const base = import.meta.env.VITE_API_URL ?? "";',
    });
    expect(findAppLinks(proxied, apps)).toEqual([
      { from: 'frontend', to: 'backend', variables: ['VITE_API_URL'], source: 'frontend/vite.config.js' },
    ]);
  });

  it('reads a root app’s own files only, not those of the apps inside its folder', () => {
    const root = tree({
      'server.js': 'app.listen(3000)',
      'backend/app.py': 'print("listening on http://localhost:8080")',
    });
    const links = findAppLinks(root, [
      { name: 'app', dir: '.', port: 3000 },
      { name: 'backend', dir: 'backend', port: 8080 },
    ]);
    expect(links).toEqual([]);
  });

  it('ignores an address on the caller’s own port and apps that mention no other', () => {
    const root = tree({
      'frontend/server.js': 'console.log("open http://localhost:3000")',
      'backend/app.py': 'print("listening on 127.0.0.1:8080")',
    });
    expect(findAppLinks(root, apps)).toEqual([]);
  });
});

describe('a Go workspace (go.work)', () => {
  const mod = (name: string) => `module example.com/${name}\n\ngo 1.23\n`;

  it('is one app built at the workspace root when one used module has a main package', () => {
    const root = tree({
      'go.work': 'go 1.23\n\nuse (\n\t./api\n\t./lib // shared code\n)\n',
      'api/go.mod': `${mod('api')}\nrequire example.com/lib v0.0.0\n`,
      'api/main.go': 'package main\n\nfunc main() { http.ListenAndServe(":9090", nil) }\n',
      'lib/go.mod': mod('lib'),
      'lib/go.sum': '',
      'lib/lib.go': 'package lib\n',
    });
    expect(detectApps(root)).toEqual([]);
    const plan = detectProject(root);
    expect(plan.entry).toEqual({ value: './api', source: 'api/main.go' });
    expect(plan.workspaceApp?.value).toBe('api');
    expect(plan.manifests).toEqual(['go.work', 'api/go.mod', 'lib/go.mod', 'lib/go.sum']);
    expect(plan.runtimeVersion).toEqual({ value: '1.23', source: 'go.work#go' });
    expect(plan.port?.value).toBe(9090);
    expect(plan.notes.join('\n')).toMatch(/Go workspace \(go.work: api, lib\)/);
  });

  it('gives each used module with a main package its own app, all built from the root; nothing outside or linked', () => {
    const outside = tree({ 'go.mod': mod('evil'), 'main.go': 'package main\n' });
    const root = tree({
      'go.work': `go 1.23\n\nuse ./api\nuse ./worker\nuse ../${path.basename(outside)}\nuse ./linked\nuse ./lib\n`,
      'api/go.mod': mod('api'),
      'api/main.go': 'package main\n',
      'worker/go.mod': mod('worker'),
      'worker/worker.go': '// Package main runs the jobs.\npackage main\n',
      'lib/go.mod': mod('lib'),
      'lib/lib.go': 'package lib\n',
    });
    symlinkSync(outside, path.join(root, 'linked'));
    expect(summary(root)).toEqual(['api=api (context ., go)', 'worker=worker (context ., go)']);
    const worker = detectApps(root)[1].plan;
    expect(worker.entry).toEqual({ value: './worker', source: 'worker/worker.go' });
    expect(worker.manifests).toEqual(['go.work', 'api/go.mod', 'worker/go.mod', 'lib/go.mod']);
  });

  it('calls a module without a main package a library, with nothing to start', () => {
    const plan = detectProject(tree({ 'go.mod': mod('lib'), 'lib.go': 'package lib\n' }));
    expect(plan.startCommand).toBeUndefined();
    expect(plan.notes.join('\n')).toMatch(/looks like a library/);
  });
});
