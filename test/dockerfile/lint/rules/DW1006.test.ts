import { ruleCases } from '../rule-cases.js';

ruleCases('DW1006', {
  catches: ['EXPOSE 22'],
  passes: ['EXPOSE 2222 8080'],
});
