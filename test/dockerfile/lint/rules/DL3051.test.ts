import { ruleCases } from '../rule-cases.js';

ruleCases('DL3051', {
  catches: [
    [1, 'LABEL owner=""'],
    [2, "FROM debian:12\nLABEL owner=''"],
    [2, 'FROM debian:12\nLABEL other=1 owner=""'],
  ],
  passes: ['LABEL owner=me', 'LABEL other=""', 'FROM debian:12\nLABEL owner="me and you"'],
  config: { labelSchema: { owner: 'text' } },
});
