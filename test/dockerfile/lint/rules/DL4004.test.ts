import { ruleCases } from '../rule-cases.js';

ruleCases('DL4004', {
  catches: [
    [3, 'FROM debian:12\nENTRYPOINT ["a"]\nENTRYPOINT ["b"]'],
    [4, 'FROM debian:12\nENTRYPOINT a\nRUN true\nENTRYPOINT b'],
    [5, 'FROM debian:12 AS x\nENTRYPOINT ["a"]\nFROM debian:12\nENTRYPOINT ["a"]\nENTRYPOINT ["b"]'],
  ],
  passes: [
    'FROM debian:12\nENTRYPOINT ["a"]',
    'FROM debian:12 AS x\nENTRYPOINT ["a"]\nFROM debian:12\nENTRYPOINT ["b"]',
    'FROM debian:12\nENTRYPOINT ["a"]\nCMD ["b"]',
  ],
});
