import { ruleCases } from '../rule-cases.js';

ruleCases('DL3012', {
  catches: [
    [3, 'FROM debian:12\nHEALTHCHECK CMD true\nHEALTHCHECK CMD false'],
    [4, 'FROM debian:12\nHEALTHCHECK NONE\nRUN true\nHEALTHCHECK CMD true'],
    [5, 'FROM debian:12 AS a\nHEALTHCHECK CMD true\nFROM debian:12\nHEALTHCHECK CMD a\nHEALTHCHECK CMD b'],
  ],
  passes: [
    'FROM debian:12\nHEALTHCHECK CMD true',
    'FROM debian:12 AS a\nHEALTHCHECK CMD true\nFROM debian:12\nHEALTHCHECK CMD true',
    'FROM debian:12\nRUN true',
  ],
});
