import { expect, it } from 'vitest';
import { rulePaths, service } from '../../helpers.js';

it('catches host networking', async () =>
  expect(await rulePaths('DC008', service('image: a:1\nnetwork_mode: host'))).toEqual([
    'services.app.network_mode',
  ]));
it('catches host pid', async () =>
  expect(await rulePaths('DC008', service('image: a:1\npid: host'))).toEqual(['services.app.pid']));
it('allows bridge', async () =>
  expect(await rulePaths('DC008', service('image: a:1\nnetwork_mode: bridge'))).toEqual([]));
