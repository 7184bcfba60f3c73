import { ruleCases } from '../rule-cases.js';

ruleCases('DL3040', {
  catches: ['RUN dnf install -y httpd-2.4.6'],
  passes: ['RUN dnf install -y httpd-2.4.6 && dnf clean all'],
});
