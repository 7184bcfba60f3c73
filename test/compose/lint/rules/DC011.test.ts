import { expect, it } from 'vitest';
import { rulePaths, service } from '../../helpers.js';

it('catches an anonymous volume', async () =>
  expect(await rulePaths('DC011', service('image: a:1\nvolumes: ["/var/lib/mysql"]'))).toEqual([
    'services.app.volumes[0]',
  ]));
it('allows a named volume', async () =>
  expect(
    await rulePaths('DC011', `${service('image: a:1\nvolumes: ["db:/var/lib/mysql"]')}volumes:\n  db: {}\n`),
  ).toEqual([]));
it('allows tmpfs', async () =>
  expect(
    await rulePaths('DC011', service('image: a:1\nvolumes:\n  - type: tmpfs\n    target: /tmp')),
  ).toEqual([]));
