import { ruleCases } from '../rule-cases.js';

ruleCases('DL3063', {
  catches: [
    [1, 'FROM debian:12 AS scratch'],
    [3, 'FROM debian:12 AS build\nRUN true\nFROM debian:12 AS Scratch'],
    [1, 'FROM debian:12 AS context'],
  ],
  passes: ['FROM debian:12 AS build', 'FROM scratch', 'FROM debian:12 AS scratchpad'],
});
