// biome-ignore-all lint/suspicious/noTemplateCurlyInString: these strings are Compose variable references, not templates.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { checkedDocument, writeCheckedFile } from '../../src/compose/checked-file.js';
import { loadProject } from '../../src/compose/load.js';
import { runProcess } from '../../src/exec/process.js';
import { tempTrees } from '../helpers/temp-tree.js';

const tree = tempTrees('dw-checked-file-');
const fixtures = path.join(import.meta.dirname, 'fixtures');
const corpus = path.resolve(import.meta.dirname, '../../../shared/corpus/railpack/examples');

async function load(workingDir: string, files?: string[], env: Record<string, string> = {}) {
  const { project, findings } = await loadProject({ workingDir, files, env: { HOME: '/home/u', ...env } });
  expect(findings).toEqual([]);
  return project;
}

/** What docker-compose 1.29.2 makes of a project: `config`, parsed. */
async function v1Config(dir: string, files: string[], env: Record<string, string>) {
  const args = ['-p', 'dwchecked', '--project-directory', dir, ...files.flatMap((f) => ['-f', f]), 'config'];
  const run = await runProcess('docker-compose', args, {
    cwd: dir,
    env: { HOME: '/home/u', PATH: process.env.PATH, ...env },
    inheritEnv: false,
  });
  expect(run.exitCode, run.stderr).toBe(0);
  const config = parseYaml(run.stdout) as { services?: Record<string, { volumes?: unknown[] }> };
  // Order of mounts means nothing (the engine mounts by path): v1 sorts an extends merge by target.
  for (const service of Object.values(config.services ?? {}))
    service.volumes?.sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
  return config;
}

describe('the project as checked, written for the Compose CLI', () => {
  it('escapes every $ so the CLI reads the value dockwright checked, not a second interpolation', async () => {
    const dir = tree({
      'compose.yaml':
        'services:\n  app:\n    image: busybox:${TAG}\n    command: ["sh", "-c", "echo $$HOME ${GREETING}"]\n' +
        '    environment:\n      PRICE: "$$5"\n',
    });
    const doc = checkedDocument(await load(dir, undefined, { TAG: '1.36', GREETING: 'hi$there' }));
    expect(doc.services).toEqual({
      app: {
        image: 'busybox:1.36',
        command: ['sh', '-c', 'echo $$HOME hi$$there'],
        environment: { PRICE: '$$5' },
      },
    });
  });

  it('makes host paths absolute where they were written: the project, an include, an extends file', async () => {
    const dir = tree({
      'compose.yaml':
        'include:\n  - lib/compose.yaml\nservices:\n  web:\n    extends:\n      file: base/common.yaml\n      service: common\n' +
        '    build: ./web\n    volumes:\n      - ./data:/data\n      - cache:/cache\nvolumes:\n  cache: {}\n' +
        'secrets:\n  token:\n    file: ./token.txt\n',
      'base/common.yaml': 'services:\n  common:\n    image: busybox:latest\n    env_file: common.env\n',
      'base/common.env': 'A=1\n',
      'lib/compose.yaml':
        'services:\n  worker:\n    image: busybox:latest\n    volumes:\n      - ./work:/work\n',
      'web/Dockerfile': 'FROM busybox:latest\n',
      'token.txt': 'x\n',
    });
    const doc = checkedDocument(await load(dir));
    const services = doc.services as Record<string, Record<string, unknown>>;
    expect(doc.include).toBeUndefined();
    expect(services.web.extends).toBeUndefined();
    expect(services.web.build).toBe(path.join(dir, 'web'));
    expect(services.web.volumes).toEqual([`${path.join(dir, 'data')}:/data`, 'cache:/cache']);
    expect(services.web.env_file).toBe(path.join(dir, 'base/common.env'));
    expect(services.worker.volumes).toEqual([`${path.join(dir, 'lib/work')}:/work`]);
    expect((doc.secrets as Record<string, { file: string }>).token.file).toBe(path.join(dir, 'token.txt'));
  });

  it('adds labels to every service, whether its labels are a list or a map', async () => {
    const dir = tree({
      'compose.yaml':
        'services:\n  a:\n    image: busybox:latest\n    labels: ["x=1"]\n  b:\n    image: busybox:latest\n' +
        '    labels:\n      y: "2"\n  c:\n    image: busybox:latest\n',
    });
    const services = checkedDocument(await load(dir), { own: 'yes' }).services as Record<
      string,
      { labels: unknown }
    >;
    expect(services.a.labels).toEqual(['x=1', 'own=yes']);
    expect(services.b.labels).toEqual({ y: '2', own: 'yes' });
    expect(services.c.labels).toEqual({ own: 'yes' });
  });

  it('refuses a "<<" key that is not a merge, which YAML 1.1 would read as one', async () => {
    const dir = tree({
      'compose.yaml': 'services:\n  app:\n    image: busybox:latest\n    labels:\n      "<<": "x"\n',
    });
    const { project } = await loadProject({ workingDir: dir, env: {} });
    expect(() => checkedDocument(project)).toThrow(/key "<<"/);
  });

  it('is written as JSON in a folder of its own, readable by this user only, and removed after', async () => {
    const dir = tree({ 'compose.yaml': 'services:\n  app:\n    image: busybox:latest\n' });
    const checked = await writeCheckedFile(await load(dir));
    const { statSync, existsSync } = await import('node:fs');
    expect(statSync(checked.file).mode & 0o777).toBe(0o600);
    expect(path.dirname(checked.file)).not.toBe(dir);
    expect(JSON.parse(readFileSync(checked.file, 'utf8'))).toEqual({
      services: { app: { image: 'busybox:latest' } },
    });
    await checked.remove();
    expect(existsSync(path.dirname(checked.file))).toBe(false);
  });

  // The real CLI's own reading of a project and of the file made from it must agree.
  const projects = [
    { name: 'fixtures/valid/full.yaml', dir: path.join(fixtures, 'valid'), files: ['full.yaml'] },
    {
      name: 'fixtures/valid/short-syntax.yaml',
      dir: path.join(fixtures, 'valid'),
      files: ['short-syntax.yaml'],
    },
    { name: 'fixtures/projects/stack', dir: path.join(fixtures, 'projects/stack') },
    { name: 'fixtures/projects/build-mount', dir: path.join(fixtures, 'projects/build-mount') },
    {
      name: 'a project that extends a service from another folder',
      dir: tree({
        'compose.yaml':
          'services:\n  web:\n    extends:\n      file: base/common.yaml\n      service: common\n    build: ./web\n' +
          '    volumes: ["./data:/data"]\n    environment:\n      PRICE: "$$5"\n      WHERE: "${HOME}/x"\n' +
          '    secrets:\n      - source: token\n        mode: 0440\nsecrets:\n  token:\n    file: ./token.txt\n',
        'token.txt': 'x\n',
        'base/common.yaml':
          'services:\n  common:\n    image: busybox:latest\n    env_file: common.env\n    volumes: ["./shared:/shared"]\n',
        'base/common.env': 'A=1\n',
        'web/Dockerfile': 'FROM busybox:latest\n',
      }),
    },
    ...[
      'ruby-rails-postgres',
      'python-django',
      'python-latest-psycopg',
      'python-psycopg-binary',
      'elixir-ecto',
    ].map((app) => ({ name: `corpus ${app}`, dir: path.join(corpus, app), files: ['docker-compose.yml'] })),
  ];
  it.each(projects)(
    'docker-compose config reads $name and the checked file the same',
    async ({ dir, files }) => {
      const env = { API_URL: 'http://api', TAG: '1' };
      const project = await load(dir, files, env);
      const checked = await writeCheckedFile(project);
      try {
        const original = await v1Config(dir, project.files, env);
        const fromChecked = await v1Config(dir, [checked.file], env);
        expect(fromChecked).toEqual(original);
      } finally {
        await checked.remove();
      }
    },
  );
});
