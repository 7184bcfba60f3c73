import { ruleCases } from '../rule-cases.js';

ruleCases('DL3038', {
  catches: ['RUN dnf install httpd-2.4.6'],
  passes: ['RUN dnf install -y httpd-2.4.6'],
});
