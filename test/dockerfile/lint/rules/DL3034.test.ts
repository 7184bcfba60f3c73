import { ruleCases } from '../rule-cases.js';

ruleCases('DL3034', {
  catches: ['RUN zypper install curl=8.0'],
  passes: ['RUN zypper install -y curl=8.0'],
});
