import { describe, expect, it } from 'vitest';
import { detectProject } from '../../../src/project/index.js';
import { tempTree } from '../../helpers/temp-tree.js';

const pkg = (body: object) => JSON.stringify({ name: 'x', ...body });

describe('Node detection', () => {
  it('takes the package manager from packageManager before lockfiles', () => {
    const plan = detectProject(
      tempTree({ 'package.json': pkg({ packageManager: 'pnpm@9.1.0' }), 'pnpm-lock.yaml': '' }),
    );
    expect(plan.packageManager).toEqual({ value: 'pnpm', source: 'package.json#packageManager' });
    expect(plan.packageManagerVersion?.value).toBe('9.1.0');
  });

  it.each([
    ['package-lock.json', 'npm'],
    ['pnpm-lock.yaml', 'pnpm'],
    ['bun.lockb', 'bun'],
    ['yarn.lock', 'yarn'],
  ])('reads %s as %s', (lockfile, manager) => {
    const plan = detectProject(tempTree({ 'package.json': pkg({}), [lockfile]: '' }));
    expect(plan.packageManager).toEqual({ value: manager, source: lockfile });
  });

  it('tells yarn berry from classic by .yarnrc.yml', () => {
    const plan = detectProject(
      tempTree({ 'package.json': pkg({}), 'yarn.lock': '', '.yarnrc.yml': 'nodeLinker: node-modules\n' }),
    );
    expect(plan.packageManager?.value).toBe('yarn-berry');
  });

  it('reports conflicting lockfiles', () => {
    const plan = detectProject(
      tempTree({ 'package.json': pkg({}), 'yarn.lock': '', 'package-lock.json': '{}' }),
    );
    expect(plan.conflicts[0]).toMatch(/package-lock\.json, yarn\.lock/);
  });

  it.each([
    ['.nvmrc', 'v18.19.0\n', '18.19.0'],
    ['.nvmrc', 'lts/iron\n', '20'],
    ['.node-version', '20\n', '20'],
    ['.tool-versions', 'nodejs 22.3.0\n', '22.3.0'],
  ])('reads the Node version from %s (%j)', (file, content, version) => {
    const plan = detectProject(tempTree({ 'package.json': pkg({}), [file]: content }));
    expect(plan.runtimeVersion).toEqual({ value: version, source: file });
  });

  it('reads engines.node and keeps the default when the range allows it', () => {
    const plan = detectProject(tempTree({ 'package.json': pkg({ engines: { node: '>=18' } }) }));
    expect(plan.runtimeVersion).toEqual({ value: '26', source: 'package.json#engines.node' });
  });

  it.each([
    [{ next: '15' }, 'Next.js'],
    [{ '@nestjs/core': '10' }, 'NestJS'],
    [{ express: '4' }, 'Express'],
    [{ fastify: '5' }, 'Fastify'],
    [{ nuxt: '3' }, 'Nuxt'],
    [{ '@remix-run/node': '2' }, 'Remix'],
    [{ astro: '4' }, 'Astro (static)'],
    [{ vite: '5', react: '18' }, 'Vite single-page app'],
  ])('finds the framework from %j', (dependencies, framework) => {
    const plan = detectProject(tempTree({ 'package.json': pkg({ dependencies }) }));
    expect(plan.framework?.value).toBe(framework);
  });

  it('sees Next.js standalone output in next.config', () => {
    const plan = detectProject(
      tempTree({
        'package.json': pkg({ dependencies: { next: '15' } }),
        'next.config.mjs': "export default { output: 'standalone' }",
      }),
    );
    expect(plan.outputDir?.value).toBe('.next/standalone');
    expect(plan.startCommand?.value).toBe('node server.js');
  });

  it('treats a Vite app as a static site built into dist', () => {
    const plan = detectProject(
      tempTree({
        'package.json': pkg({ devDependencies: { vite: '5' }, scripts: { build: 'vite build' } }),
      }),
    );
    expect(plan.appKind.value).toBe('static-site');
    expect(plan.outputDir?.value).toBe('dist');
  });

  it('lets a Procfile override the start script', () => {
    const plan = detectProject(
      tempTree({
        'package.json': pkg({ scripts: { start: 'node a.js' } }),
        Procfile: 'web: node b.js --cluster\n',
      }),
    );
    expect(plan.startCommand).toEqual({ value: 'node b.js --cluster', source: 'Procfile#web' });
  });

  it('infers services from dependencies and Prisma', () => {
    const plan = detectProject(
      tempTree({
        'package.json': pkg({ dependencies: { ioredis: '5', '@prisma/client': '5' } }),
        'prisma/schema.prisma': 'datasource db {\n  provider = "postgresql"\n}\n',
      }),
    );
    expect(plan.services.map((s) => [s.name, s.dependency, s.source])).toEqual([
      ['redis', 'ioredis', 'package.json'],
      ['postgres', '@prisma/client', 'prisma/schema.prisma'],
    ]);
  });

  it('finds the app in a nested folder when the root has none', () => {
    const plan = detectProject(tempTree({ 'apps/api/package.json': pkg({}), 'README.md': '' }));
    expect(plan.appDir.value).toBe('apps/api');
    expect(plan.language.value).toBe('node');
  });
});

describe('Node app inside a workspace', () => {
  it('takes the manager from the root lockfile but does not freeze an install it cannot see', async () => {
    const { generateDockerfile } = await import('../../../src/dockerfile/generate/index.js');
    const root = tempTree({
      'package.json': JSON.stringify({ name: 'mono', workspaces: ['apps/*'] }),
      'package-lock.json': '{}',
      'apps/web/package.json': JSON.stringify({
        name: 'web',
        dependencies: { express: '4' },
        scripts: { start: 'node index.js' },
      }),
    });
    const plan = detectProject(root, { appDir: 'apps/web' });
    expect(plan.packageManager).toEqual({ value: 'npm', source: 'package-lock.json' });
    expect(plan.lockfile).toBeUndefined();
    expect(plan.notes.join(' ')).toMatch(/workspace root/);
    expect(generateDockerfile(plan).dockerfile).toContain('npm install --omit=dev');
  });
});
