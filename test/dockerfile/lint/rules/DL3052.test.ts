import { ruleCases } from '../rule-cases.js';

ruleCases('DL3052', {
  catches: ['LABEL website=nope'],
  passes: ['LABEL website=https://example.com'],
  config: { labelSchema: { website: 'url' } },
});
