import { expect, it } from 'vitest';
import { rulePaths, service } from '../../helpers.js';

it('catches the socket (short)', async () =>
  expect(
    await rulePaths(
      'DC007',
      service('image: a:1\nvolumes: ["/var/run/docker.sock:/var/run/docker.sock:ro"]'),
    ),
  ).toEqual(['services.app.volumes[0]']));
it('catches the socket (long)', async () =>
  expect(
    await rulePaths(
      'DC007',
      service('image: a:1\nvolumes:\n  - type: bind\n    source: /run/docker.sock\n    target: /s'),
    ),
  ).toEqual(['services.app.volumes[0]']));
it('allows other binds', async () =>
  expect(await rulePaths('DC007', service('image: a:1\nvolumes: ["./data:/data"]'))).toEqual([]));
