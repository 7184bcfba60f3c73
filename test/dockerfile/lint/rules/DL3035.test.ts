import { ruleCases } from '../rule-cases.js';

ruleCases('DL3035', {
  catches: [
    [1, 'RUN zypper dup -y'],
    [2, 'FROM opensuse/leap:15.6\nRUN zypper dist-upgrade -y'],
    [2, 'FROM opensuse/leap:15.6\nRUN zypper refresh && zypper -n dup'],
  ],
  passes: [
    'RUN zypper refresh',
    'RUN zypper update -y',
    'RUN zypper install -y curl=8.0',
    'RUN echo zypper dup',
  ],
});
