import { ruleCases } from '../rule-cases.js';

ruleCases('DL3027', {
  catches: ['RUN apt install -y curl'],
  passes: ['RUN apt-get install -y curl'],
});
