import { ruleCases } from '../rule-cases.js';

ruleCases('DL3033', {
  catches: ['RUN yum install -y httpd'],
  passes: ['RUN yum install -y httpd-2.4.6'],
});
