import { ruleCases } from '../rule-cases.js';

ruleCases('DL3035', {
  catches: ['RUN zypper dup -y'],
  passes: ['RUN zypper refresh'],
});
