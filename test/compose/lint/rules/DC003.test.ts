import { expect, it } from 'vitest';
import { rulePaths, service } from '../../helpers.js';

it('catches no limit', async () =>
  expect(await rulePaths('DC003', service('image: a:1'))).toEqual(['services.app']));
it('allows deploy limits', async () =>
  expect(
    await rulePaths('DC003', service('image: a:1\ndeploy:\n  resources:\n    limits:\n      memory: 64M')),
  ).toEqual([]));
it('allows mem_limit', async () =>
  expect(await rulePaths('DC003', service('image: a:1\nmem_limit: 64m'))).toEqual([]));
