import { ruleCases } from '../rule-cases.js';

ruleCases('DL4001', {
  catches: ['RUN wget -q http://a\nRUN curl -s http://b'],
  passes: ['RUN curl -s http://a\nRUN curl -s http://b'],
});
