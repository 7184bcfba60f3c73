import { ruleCases } from '../rule-cases.js';

ruleCases('DL3053', {
  catches: [
    [1, 'LABEL built=yesterday'],
    [2, 'FROM debian:12\nLABEL built=2024-13-01T10:00:00Z'],
    [2, 'FROM debian:12\nLABEL built="2024-05-01 10:00"'],
  ],
  passes: [
    'LABEL built=2024-05-01T10:00:00Z',
    'LABEL built=2024-05-01T10:00:00+02:00',
    'LABEL other=yesterday',
  ],
  config: { labelSchema: { built: 'rfc3339' } },
});
