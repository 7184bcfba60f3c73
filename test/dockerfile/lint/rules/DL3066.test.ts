import { ruleCases } from '../rule-cases.js';

ruleCases('DL3066', {
  catches: ['USER app'],
  passes: ['USER 10001:10001'],
});
