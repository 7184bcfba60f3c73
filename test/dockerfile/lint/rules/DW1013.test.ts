import { ruleCases } from '../rule-cases.js';

ruleCases('DW1013', {
  catches: ['RUN apt-get update'],
  passes: ['RUN apt-get update && apt-get install -y curl'],
});
