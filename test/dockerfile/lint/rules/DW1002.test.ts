import { ruleCases } from '../rule-cases.js';

ruleCases('DW1002', {
  catches: ['ENV KEY=AKIAABCDEFGHIJKLMNOP'],
  passes: ['ENV KEY=value'],
});
