// biome-ignore-all lint/suspicious/noTemplateCurlyInString: these strings are Compose variable references, not templates.
import { expect, it } from 'vitest';
import { rulePaths, service } from '../../helpers.js';

it('catches a literal password (map)', async () =>
  expect(await rulePaths('DC004', service('image: a:1\nenvironment:\n  DB_PASSWORD: hunter2'))).toEqual([
    'services.app.environment.DB_PASSWORD',
  ]));
it('catches a literal token (list)', async () =>
  expect(
    await rulePaths('DC004', service('image: a:1\nenvironment:\n  - MODE=x\n  - API_TOKEN=abc123')),
  ).toEqual(['services.app.environment[1]']));
it('catches a GitHub token under any name', async () =>
  expect(
    await rulePaths('DC004', service(`image: a:1\nenvironment:\n  HELLO: ghp_${'a'.repeat(36)}`)),
  ).toEqual(['services.app.environment.HELLO']));
it('allows a variable reference', async () =>
  expect(
    await rulePaths('DC004', service('image: a:1\nenvironment:\n  DB_PASSWORD: ${DB_PASSWORD}'), {
      DB_PASSWORD: 'x',
    }),
  ).toEqual([]));
it('allows a *_FILE path', async () =>
  expect(
    await rulePaths('DC004', service('image: a:1\nenvironment:\n  DB_PASSWORD_FILE: /run/secrets/db')),
  ).toEqual([]));
it('allows an ordinary value', async () =>
  expect(await rulePaths('DC004', service('image: a:1\nenvironment:\n  MODE: production'))).toEqual([]));
