import { ruleCases } from '../rule-cases.js';

ruleCases('DL3049', {
  catches: ['FROM debian:12'],
  passes: ['FROM debian:12\nLABEL owner=me'],
  config: { labelSchema: { owner: 'text' } },
});
