import { ruleCases } from '../rule-cases.js';

ruleCases('DL3057', {
  catches: [
    [1, 'FROM debian:12'],
    [3, 'FROM debian:12 AS b\nHEALTHCHECK CMD true\nFROM debian:12\nCOPY --from=b /x /x'],
    [1, 'FROM debian:12\nCMD ["app"]'],
  ],
  passes: [
    'FROM debian:12\nHEALTHCHECK CMD true',
    'FROM debian:12 AS base\nHEALTHCHECK CMD true\nFROM base',
    'FROM debian:12\nHEALTHCHECK NONE',
  ],
});
