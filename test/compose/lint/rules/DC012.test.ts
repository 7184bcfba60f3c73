import { expect, it } from 'vitest';
import { rulePaths, service } from '../../helpers.js';

it('catches container_name', async () =>
  expect(await rulePaths('DC012', service('image: a:1\ncontainer_name: web1'))).toEqual([
    'services.app.container_name',
  ]));
it('allows none', async () => expect(await rulePaths('DC012', service('image: a:1'))).toEqual([]));
