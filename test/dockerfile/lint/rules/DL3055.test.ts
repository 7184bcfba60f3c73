import { ruleCases } from '../rule-cases.js';

ruleCases('DL3055', {
  catches: ['LABEL commit=xyz'],
  passes: ['LABEL commit=1a2b3c4d'],
  config: { labelSchema: { commit: 'hash' } },
});
