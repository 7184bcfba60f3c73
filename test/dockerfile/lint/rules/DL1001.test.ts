import { ruleCases } from '../rule-cases.js';

ruleCases('DL1001', {
  catches: [
    [1, '# hadolint ignore=DL3007\nFROM node:latest'],
    [2, 'FROM node:20\n# hadolint ignore=DL3008,DL3015\nRUN apt-get install -y curl'],
    [3, 'FROM node:20\nRUN true\n#hadolint ignore=DL3059\nRUN false'],
  ],
  passes: [
    '# just a note\nFROM node:20',
    '# hadolint shell=bash\nFROM node:20',
    'FROM node:20\nRUN echo "hadolint ignore=DL3007"',
  ],
});
