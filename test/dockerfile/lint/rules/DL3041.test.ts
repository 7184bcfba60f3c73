import { ruleCases } from '../rule-cases.js';

ruleCases('DL3041', {
  catches: ['RUN dnf install -y httpd'],
  passes: ['RUN dnf install -y httpd-2.4.6'],
});
