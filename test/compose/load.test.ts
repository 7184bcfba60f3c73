// biome-ignore-all lint/suspicious/noTemplateCurlyInString: these strings are Compose variable references, not templates.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadProject } from '../../src/compose/load.js';
import { validateCompose } from '../../src/compose/validate.js';
import { tempTree } from '../helpers/temp-tree.js';

describe('loadProject', () => {
  it('merges the override file and reads .env for interpolation', async () => {
    const dir = tempTree({
      'compose.yaml':
        'services:\n  web:\n    image: "web:${TAG:-dev}"\n    ports: ["8080:80"]\n    environment: [A=1]\n    command: ["a"]\n',
      'compose.override.yaml':
        'services:\n  web:\n    ports: ["9090:90"]\n    environment:\n      B: "2"\n    command: ["b"]\n',
      '.env': 'TAG=1.2.3\nCOMPOSE_PROJECT_NAME=My.Project\n',
    });
    const { project, findings } = await loadProject({ workingDir: dir, env: {} });
    expect(findings).toEqual([]);
    expect(project.name).toBe('myproject');
    expect(project.files.map((f) => path.basename(f))).toEqual(['compose.yaml', 'compose.override.yaml']);
    const web = project.model.services.web;
    expect(web.image).toBe('web:1.2.3');
    expect(web.ports.map((p) => p.target)).toEqual([80, 90]);
    expect(web.environment).toEqual({ A: '1', B: '2' });
    expect(web.command).toEqual(['b']);
    expect(project.sourceMap.get('services.web.ports[1]')).toEqual({
      file: 'compose.override.yaml',
      line: 3,
    });
  });

  it('lets the process environment win over .env', async () => {
    const dir = tempTree({
      'compose.yaml': 'services:\n  web:\n    image: "web:${TAG}"\n',
      '.env': 'TAG=fromfile\n',
    });
    const { project } = await loadProject({ workingDir: dir, env: { TAG: 'fromenv' } });
    expect(project.model.services.web.image).toBe('web:fromenv');
  });

  it('resolves extends from the same file and from another file', async () => {
    const dir = tempTree({
      'common.yaml':
        'services:\n  base:\n    image: base:1\n    environment: [FROM_BASE=1]\n    restart: always\n',
      'compose.yaml':
        'services:\n  tmpl:\n    image: tmpl:1\n    mem_limit: 64m\n  a:\n    extends: tmpl\n    environment: [OWN=1]\n  b:\n    extends:\n      file: common.yaml\n      service: base\n    image: b:2\n',
    });
    const { project, findings } = await loadProject({ workingDir: dir, env: {} });
    expect(findings).toEqual([]);
    expect(project.model.services.a).toMatchObject({
      image: 'tmpl:1',
      mem_limit: '64m',
      environment: { OWN: '1' },
    });
    expect(project.model.services.b).toMatchObject({
      image: 'b:2',
      restart: 'always',
      environment: { FROM_BASE: '1' },
    });
  });

  it('includes another project and refuses a name defined twice', async () => {
    const dir = tempTree({
      'compose.yaml':
        'include:\n  - sub/compose.yaml\nservices:\n  web:\n    image: web:1\n    depends_on: [db]\n',
    });
    mkdirSync(path.join(dir, 'sub'));
    writeFileSync(path.join(dir, 'sub/compose.yaml'), 'services:\n  db:\n    image: "db:${DB_TAG}"\n');
    writeFileSync(path.join(dir, 'sub/.env'), 'DB_TAG=16\n');
    const { project, findings } = await loadProject({ workingDir: dir, env: {} });
    expect(findings).toEqual([]);
    expect(project.model.services.db.image).toBe('db:16');

    writeFileSync(
      path.join(dir, 'compose.yaml'),
      'include:\n  - sub/compose.yaml\nservices:\n  db:\n    image: other:1\n',
    );
    const again = await loadProject({ workingDir: dir, env: {} });
    expect(again.findings[0]).toMatchObject({ path: 'include[0]', line: 2 });
  });

  it('switches services off by profile and reports a dependency on one that is off', async () => {
    const yaml =
      'services:\n  app:\n    image: a:1\n  debug:\n    image: d:1\n    profiles: [debug]\n  uses:\n    image: u:1\n    depends_on: [debug]\n    profiles: [tools]\n';
    const dir = tempTree({ 'compose.yaml': yaml });
    const none = await loadProject({ workingDir: dir, env: {} });
    expect(Object.keys(none.project.model.services)).toEqual(['app']);
    const debug = await loadProject({ workingDir: dir, env: { COMPOSE_PROFILES: 'debug' } });
    expect(Object.keys(debug.project.model.services)).toEqual(['app', 'debug']);
    const tools = await loadProject({ workingDir: dir, env: {}, profiles: ['tools'] });
    expect(tools.findings[0]).toMatchObject({ path: 'services.uses.depends_on.debug', line: 9 });
  });

  it('reads env_file into the environment and reports a missing one', async () => {
    const dir = tempTree({
      'compose.yaml': 'services:\n  a:\n    image: a:1\n    env_file: app.env\n    environment: [B=own]\n',
      'app.env': 'A=1\nB=file\n',
    });
    const { project } = await loadProject({ workingDir: dir, env: {} });
    expect(project.model.services.a.environment).toEqual({ A: '1', B: 'own' });
    const missing = tempTree({
      'compose.yaml': 'services:\n  a:\n    image: a:1\n    env_file: nope.env\n',
    });
    expect((await loadProject({ workingDir: missing, env: {} })).findings[0]).toMatchObject({
      path: 'services.a.env_file',
      line: 4,
    });
  });
});

describe('validateCompose errors that stop loading', () => {
  it('gives the line of a YAML syntax error', async () => {
    const dir = tempTree({ 'compose.yaml': 'services:\n  web:\n    image: a:1\n   ports: [1\n' });
    const report = await validateCompose({ workingDir: dir, env: {} });
    expect(report.valid).toBe(false);
    expect(report.errors[0]).toMatchObject({ code: 'syntax', file: 'compose.yaml' });
    expect(report.errors[0].line).toBeGreaterThanOrEqual(3);
  });

  it('gives the path and line of a required variable', async () => {
    const dir = tempTree({
      'compose.yaml': 'services:\n  web:\n    image: a:1\n    environment:\n      KEY: ${KEY:?set KEY}\n',
    });
    const report = await validateCompose({ workingDir: dir, env: {} });
    expect(report.errors[0]).toMatchObject({ path: 'services.web.environment.KEY', line: 5 });
    expect(report.errors[0].message).toMatch(/set KEY/);
  });

  it('warns about unset variables with their line', async () => {
    const dir = tempTree({ 'compose.yaml': 'services:\n  web:\n    image: "a:${NOPE}"\n' });
    const report = await validateCompose({ workingDir: dir, env: {} });
    expect(report.findings).toContainEqual(expect.objectContaining({ code: 'interpolation', line: 3 }));
  });
});

it('answers a merge key whose value is not a mapping as a YAML error with its line', async () => {
  const dir = tempTree({
    'compose.yaml': 'services:\n  app:\n    image: a:1\n    annotations:\n      <<: null\n',
  });
  const report = await validateCompose({ workingDir: dir, env: {} });
  expect(report.valid).toBe(false);
  expect(report.errors[0]).toMatchObject({ code: 'syntax', line: 5 });
  expect(report.errors[0].message).toMatch(/compose\.yaml:5: not valid YAML: Merge sources must be maps/);
});
