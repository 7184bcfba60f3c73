import { ruleCases } from '../rule-cases.js';

ruleCases('DL3040', {
  catches: [
    [1, 'RUN dnf install -y httpd-2.4.6'],
    [2, 'FROM fedora:40\nRUN dnf -y install git-2.45.0 && rm -rf /tmp/*'],
    [3, 'FROM fedora:40\nRUN dnf clean all\nRUN dnf install -y vim-9.1'],
  ],
  passes: [
    'RUN dnf install -y httpd-2.4.6 && dnf clean all',
    'RUN dnf install -y httpd-2.4.6 && dnf clean all && rm -rf /var/cache/dnf',
    'RUN yum install -y httpd-2.4.6 && yum clean all',
    'RUN rpm -qa',
  ],
});
