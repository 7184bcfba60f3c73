import { ruleCases } from '../rule-cases.js';

ruleCases('DL4003', {
  catches: [
    [3, 'FROM debian:12\nCMD ["a"]\nCMD ["b"]'],
    [4, 'FROM debian:12\nCMD a\nRUN true\nCMD b'],
    [5, 'FROM debian:12 AS x\nCMD ["a"]\nFROM debian:12\nCMD ["a"]\nCMD ["b"]'],
  ],
  passes: [
    'FROM debian:12\nCMD ["a"]',
    'FROM debian:12 AS x\nCMD ["a"]\nFROM debian:12\nCMD ["b"]',
    'FROM debian:12\nENTRYPOINT ["a"]\nCMD ["b"]',
  ],
});
