import { ruleCases } from '../rule-cases.js';

ruleCases('DL3046', {
  catches: ['RUN useradd -u 1000000 app'],
  passes: ['RUN useradd -l -u 1000000 app', 'RUN useradd -u 10001 app'],
});
