import { ruleCases } from '../rule-cases.js';

ruleCases('DL3036', {
  catches: ['RUN zypper install -y curl=8.0'],
  passes: ['RUN zypper install -y curl=8.0 && zypper clean'],
});
