import { ruleCases } from '../rule-cases.js';

ruleCases('DL3014', {
  catches: ['RUN apt-get install curl'],
  passes: ['RUN apt-get install -y curl', 'RUN apt-get -qq install curl'],
});
