import { ruleCases } from '../rule-cases.js';

ruleCases('DL3033', {
  catches: [
    [1, 'RUN yum install -y httpd'],
    [2, 'FROM centos:7\nRUN yum install -y httpd-2.4.6 git'],
    [2, 'FROM centos:7\nRUN yum -y install nginx && yum clean all'],
  ],
  passes: [
    'RUN yum install -y httpd-2.4.6',
    'RUN yum install -y /tmp/local.rpm',
    'RUN yum install -y httpd-2.4.6 git-1.8.3',
    'RUN yum update -y',
  ],
});
