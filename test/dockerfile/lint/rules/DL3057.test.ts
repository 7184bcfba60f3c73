import { ruleCases } from '../rule-cases.js';

ruleCases('DL3057', {
  catches: ['FROM debian:12'],
  passes: ['FROM debian:12\nHEALTHCHECK CMD true'],
});
