import { ruleCases } from '../rule-cases.js';

ruleCases('DW1014', {
  catches: ['RUN apt-get update && apt-get dist-upgrade -y'],
  passes: ['RUN apt-get update && apt-get upgrade -y'],
});
