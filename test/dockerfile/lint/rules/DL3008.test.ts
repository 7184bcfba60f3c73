import { ruleCases } from '../rule-cases.js';

ruleCases('DL3008', {
  catches: ['RUN apt-get install -y curl'],
  passes: ['RUN apt-get install -y curl=8.5.0-2'],
});
