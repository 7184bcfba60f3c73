import { ruleCases } from '../rule-cases.js';

ruleCases('DL3036', {
  catches: [
    [1, 'RUN zypper install -y curl=8.0'],
    [2, 'FROM opensuse/leap:15.6\nRUN zypper -n in git=2.43 && rm -rf /tmp/*'],
    [3, 'FROM opensuse/leap:15.6\nRUN zypper clean\nRUN zypper install -y vim=9.1'],
  ],
  passes: [
    'RUN zypper install -y curl=8.0 && zypper clean',
    'RUN zypper install -y curl=8.0 && zypper cc',
    'RUN zypper refresh',
    'RUN zypper install -y curl=8.0 && zypper clean --all',
  ],
});
