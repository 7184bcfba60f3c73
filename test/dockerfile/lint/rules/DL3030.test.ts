import { ruleCases } from '../rule-cases.js';

ruleCases('DL3030', {
  catches: ['RUN yum install httpd-2.4.6'],
  passes: ['RUN yum install -y httpd-2.4.6'],
});
