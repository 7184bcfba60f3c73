import { expect, it } from 'vitest';
import { rulePaths } from '../../helpers.js';

const file = (dbExtra: string) =>
  `services:\n  app:\n    image: a:1\n    depends_on:\n      db:\n        condition: service_healthy\n  db:\n    image: b:1\n${dbExtra}`;

it('catches a healthy wait on a service without healthcheck', async () =>
  expect(await rulePaths('DC002', file(''))).toEqual(['services.app.depends_on.db']));
it('catches a disabled healthcheck', async () =>
  expect(await rulePaths('DC002', file('    healthcheck:\n      disable: true\n'))).toEqual([
    'services.app.depends_on.db',
  ]));
it('allows a healthchecked dependency', async () =>
  expect(await rulePaths('DC002', file('    healthcheck:\n      test: ["CMD", "true"]\n'))).toEqual([]));
it('allows service_started', async () =>
  expect(
    await rulePaths(
      'DC002',
      'services:\n  app:\n    image: a:1\n    depends_on: [db]\n  db:\n    image: b:1\n',
    ),
  ).toEqual([]));
