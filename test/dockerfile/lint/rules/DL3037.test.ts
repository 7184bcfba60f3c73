import { ruleCases } from '../rule-cases.js';

ruleCases('DL3037', {
  catches: [
    [1, 'RUN zypper install -y curl'],
    [2, 'FROM opensuse/leap:15.6\nRUN zypper in -y git=2.43 vim'],
    [2, 'FROM opensuse/leap:15.6\nRUN zypper -n install nginx && zypper clean'],
  ],
  passes: [
    'RUN zypper install -y curl=8.0',
    'RUN zypper install -y "curl>=8.0"',
    'RUN zypper install -y /tmp/local.rpm',
    'RUN zypper refresh',
  ],
});
