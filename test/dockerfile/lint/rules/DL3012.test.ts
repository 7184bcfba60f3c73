import { ruleCases } from '../rule-cases.js';

ruleCases('DL3012', {
  catches: ['FROM debian:12\nHEALTHCHECK CMD true\nHEALTHCHECK CMD false'],
  passes: ['FROM debian:12\nHEALTHCHECK CMD true'],
});
