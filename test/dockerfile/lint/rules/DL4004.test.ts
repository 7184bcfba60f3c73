import { ruleCases } from '../rule-cases.js';

ruleCases('DL4004', {
  catches: ['FROM debian:12\nENTRYPOINT ["a"]\nENTRYPOINT ["b"]'],
  passes: ['FROM debian:12\nENTRYPOINT ["a"]'],
});
