import { ruleCases } from '../rule-cases.js';

ruleCases('DL3059', {
  catches: ['RUN a\nRUN b'],
  passes: ['RUN a && b\nRUN c', 'RUN a\nWORKDIR /\nRUN b'],
});
