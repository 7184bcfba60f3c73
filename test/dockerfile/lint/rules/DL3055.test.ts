import { ruleCases } from '../rule-cases.js';

ruleCases('DL3055', {
  catches: [
    [1, 'LABEL commit=xyz'],
    [2, 'FROM debian:12\nLABEL commit=1a2b'],
    [2, 'FROM debian:12\nLABEL commit="not a hash"'],
  ],
  passes: [
    'LABEL commit=1a2b3c4d',
    'LABEL commit=0123456789abcdef0123456789abcdef01234567',
    'LABEL other=xyz',
  ],
  config: { labelSchema: { commit: 'hash' } },
});
