import { ruleCases } from '../rule-cases.js';

ruleCases('DL3030', {
  catches: [
    [1, 'RUN yum install httpd-2.4.6'],
    [2, 'FROM centos:7\nRUN yum update && yum install httpd-2.4.6'],
    [2, 'FROM centos:7\nRUN yum groupinstall "Development Tools"'],
  ],
  passes: [
    'RUN yum install -y httpd-2.4.6',
    'RUN yum install --assumeyes httpd-2.4.6',
    'RUN yum -y install httpd-2.4.6',
    'RUN yum clean all',
  ],
});
