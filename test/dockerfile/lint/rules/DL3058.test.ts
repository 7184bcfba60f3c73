import { ruleCases } from '../rule-cases.js';

ruleCases('DL3058', {
  catches: [
    [1, 'LABEL contact=nobody'],
    [2, 'FROM debian:12\nLABEL contact=ops@'],
    [2, 'FROM debian:12\nLABEL contact="ops at example.com"'],
  ],
  passes: [
    'LABEL contact=ops@example.com',
    'LABEL contact=first.last+tag@example.co.uk',
    'LABEL other=nobody',
  ],
  config: { labelSchema: { contact: 'email' } },
});
