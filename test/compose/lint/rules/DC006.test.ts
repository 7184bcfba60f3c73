import { expect, it } from 'vitest';
import { rulePaths, service } from '../../helpers.js';

it('catches privileged', async () =>
  expect(await rulePaths('DC006', service('image: a:1\nprivileged: true'))).toEqual([
    'services.app.privileged',
  ]));
it('allows unprivileged', async () =>
  expect(await rulePaths('DC006', service('image: a:1\nprivileged: false'))).toEqual([]));
