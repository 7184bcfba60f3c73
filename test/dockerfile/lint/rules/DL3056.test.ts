import { ruleCases } from '../rule-cases.js';

ruleCases('DL3056', {
  catches: [
    [1, 'LABEL version=one'],
    [2, 'FROM debian:12\nLABEL version=1.2'],
    [2, 'FROM debian:12\nLABEL version=v1.2.3.4'],
  ],
  passes: ['LABEL version=1.2.3', 'LABEL version=1.2.3-rc.1+build.5', 'LABEL other=one'],
  config: { labelSchema: { version: 'semver' } },
});
