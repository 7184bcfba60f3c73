import { ruleCases } from '../rule-cases.js';

ruleCases('DL3032', {
  catches: [
    [1, 'RUN yum install -y httpd-2.4.6'],
    [2, 'FROM centos:7\nRUN yum -y install httpd-2.4.6 && rm -rf /tmp/*'],
    [3, 'FROM centos:7\nRUN yum clean all\nRUN yum install -y git-1.8.3'],
  ],
  passes: [
    'RUN yum install -y httpd-2.4.6 && yum clean all',
    'RUN yum install -y httpd-2.4.6 && yum clean all && rm -rf /var/cache/yum',
    'RUN dnf install -y httpd-2.4.6',
    'RUN rpm -qa',
  ],
});
