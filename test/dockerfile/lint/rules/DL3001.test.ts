import { ruleCases } from '../rule-cases.js';

ruleCases('DL3001', {
  catches: ['RUN service nginx start'],
  passes: ['RUN apt-get install -y openssh-client'],
});
