import { expect, it } from 'vitest';
import { rulePaths, service } from '../../helpers.js';

it('catches no restart', async () =>
  expect(await rulePaths('DC010', service('image: a:1'))).toEqual(['services.app']));
it('allows restart', async () =>
  expect(await rulePaths('DC010', service('image: a:1\nrestart: unless-stopped'))).toEqual([]));
it('allows a deploy restart policy', async () =>
  expect(
    await rulePaths('DC010', service('image: a:1\ndeploy:\n  restart_policy:\n    condition: any')),
  ).toEqual([]));
it('allows one-shot jobs', async () =>
  expect(
    await rulePaths(
      'DC010',
      'services:\n  app:\n    image: a:1\n    restart: always\n    depends_on:\n      migrate:\n        condition: service_completed_successfully\n  migrate:\n    image: a:1\n',
    ),
  ).toEqual([]));
