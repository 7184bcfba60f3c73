import { ruleCases } from '../rule-cases.js';

ruleCases('DL3026', {
  catches: ['FROM evil.example/app:1'],
  passes: ['FROM ghcr.io/me/app:1'],
  config: { trustedRegistries: ['ghcr.io'] },
});
