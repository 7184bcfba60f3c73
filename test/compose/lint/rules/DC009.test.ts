import { expect, it } from 'vitest';
import { rulePaths, service } from '../../helpers.js';

it('catches postgres on all interfaces', async () =>
  expect(await rulePaths('DC009', service('image: a:1\nports: ["5432:5432"]'))).toEqual([
    'services.app.ports[0]',
  ]));
it('catches 0.0.0.0 explicitly', async () =>
  expect(await rulePaths('DC009', service('image: a:1\nports: ["0.0.0.0:6379:6379"]'))).toEqual([
    'services.app.ports[0]',
  ]));
it('allows loopback', async () =>
  expect(await rulePaths('DC009', service('image: a:1\nports: ["127.0.0.1:5432:5432"]'))).toEqual([]));
it('allows web ports', async () =>
  expect(await rulePaths('DC009', service('image: a:1\nports: ["8080:80"]'))).toEqual([]));
