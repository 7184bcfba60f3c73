import { ruleCases } from '../rule-cases.js';

ruleCases('DL3044', {
  catches: ['ENV A=1 B=$A'],
  passes: ['ENV A=1\nENV B=$A'],
});
