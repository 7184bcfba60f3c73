import { ruleCases } from '../rule-cases.js';

ruleCases('DL3006', {
  catches: ['FROM alpine'],
  passes: ['FROM alpine:3.20', 'FROM scratch', 'FROM alpine:3.20 AS b\nFROM b'],
});
