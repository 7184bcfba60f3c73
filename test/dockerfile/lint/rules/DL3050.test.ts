import { ruleCases } from '../rule-cases.js';

ruleCases('DL3050', {
  catches: [
    [1, 'LABEL owner=me extra=1'],
    [2, 'FROM debian:12\nLABEL version=1'],
    [3, 'FROM debian:12\nLABEL owner=me\nLABEL build=1'],
  ],
  passes: ['LABEL owner=me', 'FROM debian:12\nLABEL owner=me\nLABEL owner=you', 'FROM debian:12\nRUN true'],
  config: { labelSchema: { owner: 'text' }, strictLabels: true },
});
