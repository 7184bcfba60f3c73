import { ruleCases } from '../rule-cases.js';

ruleCases('DL3047', {
  catches: ['RUN wget https://example.com/a.tgz'],
  passes: ['RUN wget -q https://example.com/a.tgz'],
});
