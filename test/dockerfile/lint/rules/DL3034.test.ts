import { ruleCases } from '../rule-cases.js';

ruleCases('DL3034', {
  catches: [
    [1, 'RUN zypper install curl=8.0'],
    [2, 'FROM opensuse/leap:15.6\nRUN zypper in git=2.43'],
    [2, 'FROM opensuse/leap:15.6\nRUN zypper refresh && zypper install vim=9.1'],
  ],
  passes: [
    'RUN zypper install -y curl=8.0',
    'RUN zypper --non-interactive install curl=8.0',
    'RUN zypper -n in curl=8.0',
    'RUN zypper install --no-confirm curl=8.0',
  ],
});
