import { ruleCases } from '../rule-cases.js';

ruleCases('DL3021', {
  catches: ['COPY a.txt b.txt /dest'],
  passes: ['COPY a.txt b.txt /dest/'],
});
