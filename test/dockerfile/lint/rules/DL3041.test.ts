import { ruleCases } from '../rule-cases.js';

ruleCases('DL3041', {
  catches: [
    [1, 'RUN dnf install -y httpd'],
    [2, 'FROM fedora:40\nRUN dnf install -y httpd-2.4.6 git'],
    [2, 'FROM fedora:40\nRUN dnf -y install nginx && dnf clean all'],
  ],
  passes: [
    'RUN dnf install -y httpd-2.4.6',
    'RUN dnf install -y /tmp/local.rpm',
    'RUN dnf install -y httpd-2.4.6 git-2.45.0',
    'RUN dnf update -y',
  ],
});
