import { ruleCases } from '../rule-cases.js';

ruleCases('DL3037', {
  catches: ['RUN zypper install -y curl'],
  passes: ['RUN zypper install -y curl=8.0'],
});
