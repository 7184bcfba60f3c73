import { ruleCases } from '../rule-cases.js';

ruleCases('DL3053', {
  catches: ['LABEL built=yesterday'],
  passes: ['LABEL built=2024-05-01T10:00:00Z'],
  config: { labelSchema: { built: 'rfc3339' } },
});
