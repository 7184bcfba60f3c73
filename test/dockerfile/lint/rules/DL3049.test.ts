import { ruleCases } from '../rule-cases.js';

ruleCases('DL3049', {
  catches: [
    [1, 'FROM debian:12'],
    [3, 'FROM debian:12 AS b\nLABEL owner=me\nFROM debian:12\nCOPY --from=b /x /x'],
    [1, 'FROM debian:12\nLABEL other=1'],
  ],
  passes: [
    'FROM debian:12\nLABEL owner=me',
    'FROM debian:12 AS base\nLABEL owner=me\nFROM base',
    'FROM debian:12\nLABEL other=1 owner=me',
  ],
  config: { labelSchema: { owner: 'text' } },
});
