import { ruleCases } from '../rule-cases.js';

ruleCases('DL3056', {
  catches: ['LABEL version=one'],
  passes: ['LABEL version=1.2.3'],
  config: { labelSchema: { version: 'semver' } },
});
