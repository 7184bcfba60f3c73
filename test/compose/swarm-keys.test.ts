import { describe, expect, it } from 'vitest';
import { loadProject } from '../../src/compose/load.js';
import { cliIgnoredOptions, swarmIgnoredKeys } from '../../src/compose/swarm-keys.js';
import { parseServiceRows, parseTaskRows, stackArgs } from '../../src/exec/stack.js';
import { tempTree } from '../helpers/temp-tree.js';

describe('Swarm helpers', () => {
  it('names the compose keys Swarm ignores', async () => {
    const dir = tempTree({
      'compose.yaml':
        'services:\n  a:\n    build: .\n    container_name: one\n    restart: always\n    depends_on: [b]\n  b:\n    image: b:1\n    privileged: false\n',
    });
    const { project } = await loadProject({ workingDir: dir, env: {} });
    expect(swarmIgnoredKeys(project.model).map((i) => `${i.service}.${i.key}`)).toEqual([
      'a.build',
      'a.container_name',
      'a.depends_on',
      'a.restart',
    ]);
  });

  it('reads what the docker CLI says it ignored', () =>
    expect(
      cliIgnoredOptions(
        'Ignoring unsupported options: build, restart\n\nIgnoring deprecated options:\n\ncontainer_name\n',
      ),
    ).toEqual(['build', 'restart']));

  it('builds stack argument lists', () => {
    expect(stackArgs('shop', { name: 'deploy', files: ['/p/a.yaml', '/p/b.yaml'] })).toEqual([
      'stack',
      'deploy',
      '--compose-file',
      '/p/a.yaml',
      '--compose-file',
      '/p/b.yaml',
      '--resolve-image',
      'never',
      '--detach=true',
      'shop',
    ]);
    expect(stackArgs('shop', { name: 'rm' })).toEqual(['stack', 'rm', 'shop']);
    expect(() => stackArgs('-x', { name: 'rm' })).toThrow(/starts with "-"/);
  });

  it('parses the JSON lines of stack services and stack ps', () => {
    expect(
      parseServiceRows(
        '{"ID":"abc","Image":"busybox:latest","Mode":"replicated","Name":"s_web","Ports":"","Replicas":"2/2"}\n',
      ),
    ).toEqual([
      { id: 'abc', name: 's_web', mode: 'replicated', replicas: '2/2', image: 'busybox:latest', ports: '' },
    ]);
    expect(
      parseTaskRows(
        '{"CurrentState":"Rejected 2 seconds ago","DesiredState":"Running","Error":"No such image: x","ID":"t1","Image":"x","Name":"s_x.1","Node":"n1","Ports":""}',
      )[0],
    ).toMatchObject({ error: 'No such image: x', currentState: 'Rejected 2 seconds ago' });
  });
});
