import { expect, it } from 'vitest';
import { rulePaths } from '../../helpers.js';

it('catches version', async () =>
  expect(await rulePaths('DC001', 'version: "3.8"\nservices:\n  a:\n    image: x:1\n')).toEqual(['version']));
it('allows no version', async () =>
  expect(await rulePaths('DC001', 'services:\n  a:\n    image: x:1\n')).toEqual([]));
