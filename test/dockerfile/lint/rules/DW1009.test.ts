import { ruleCases } from '../rule-cases.js';

ruleCases('DW1009', {
  catches: ['RUN apt-get install -y sudo'],
  passes: ['RUN apt-get install -y curl'],
});
