import { ruleCases } from '../rule-cases.js';

ruleCases('DL3038', {
  catches: [
    [1, 'RUN dnf install httpd-2.4.6'],
    [2, 'FROM fedora:40\nRUN dnf update && dnf install git-2.45.0'],
    [2, 'FROM fedora:40\nRUN dnf groupinstall "Development Tools"'],
  ],
  passes: [
    'RUN dnf install -y httpd-2.4.6',
    'RUN dnf install --assumeyes httpd-2.4.6',
    'RUN dnf -y install httpd-2.4.6',
    'RUN microdnf install -y httpd-2.4.6',
  ],
});
