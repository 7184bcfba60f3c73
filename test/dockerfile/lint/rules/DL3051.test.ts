import { ruleCases } from '../rule-cases.js';

ruleCases('DL3051', {
  catches: ['LABEL owner=""'],
  passes: ['LABEL owner=me'],
  config: { labelSchema: { owner: 'text' } },
});
