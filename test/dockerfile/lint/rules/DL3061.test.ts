import { ruleCases } from '../rule-cases.js';

ruleCases('DL3061', {
  catches: ['RUN echo hi\nFROM debian:12'],
  passes: ['ARG V=12\nFROM debian:$V'],
});
