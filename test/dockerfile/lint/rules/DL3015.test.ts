import { ruleCases } from '../rule-cases.js';

ruleCases('DL3015', {
  catches: ['RUN apt-get install -y curl'],
  passes: ['RUN apt-get install -y --no-install-recommends curl'],
});
