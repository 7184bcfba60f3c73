import { expect, it } from 'vitest';
import { rulePaths, service } from '../../helpers.js';

it('catches latest', async () =>
  expect(await rulePaths('DC005', service('image: redis:latest'))).toEqual(['services.app.image']));
it('catches no tag', async () =>
  expect(await rulePaths('DC005', service('image: registry:5000/team/redis'))).toEqual([
    'services.app.image',
  ]));
it('allows a version', async () =>
  expect(await rulePaths('DC005', service('image: registry:5000/redis:7.2'))).toEqual([]));
it('allows a digest', async () =>
  expect(await rulePaths('DC005', service(`image: redis@sha256:${'a'.repeat(64)}`))).toEqual([]));
