import { ruleCases } from '../rule-cases.js';

ruleCases('DL3050', {
  catches: ['LABEL owner=me extra=1'],
  passes: ['LABEL owner=me'],
  config: { labelSchema: { owner: 'text' }, strictLabels: true },
});
