import { ruleCases } from '../rule-cases.js';

ruleCases('DL3061', {
  catches: [
    [1, 'RUN echo hi\nFROM debian:12'],
    [2, '# comment\nLABEL a=b\nFROM debian:12'],
    [2, 'ARG V=12\nENV X=1\nFROM debian:$V'],
  ],
  passes: ['ARG V=12\nFROM debian:$V', '# syntax note\nFROM debian:12', 'FROM debian:12\nRUN true'],
});
