import { ruleCases } from '../rule-cases.js';

ruleCases('DL4003', {
  catches: ['FROM debian:12\nCMD ["a"]\nCMD ["b"]'],
  passes: ['FROM debian:12\nCMD ["a"]'],
});
