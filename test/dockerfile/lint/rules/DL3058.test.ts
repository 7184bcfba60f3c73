import { ruleCases } from '../rule-cases.js';

ruleCases('DL3058', {
  catches: ['LABEL contact=nobody'],
  passes: ['LABEL contact=ops@example.com'],
  config: { labelSchema: { contact: 'email' } },
});
