import { ruleCases } from '../rule-cases.js';

ruleCases('DL3016', {
  catches: [
    [1, 'RUN npm install -g typescript'],
    [2, 'FROM node:20\nRUN npm i express'],
    [2, 'FROM node:20\nRUN npm install --save lodash@4 react'],
  ],
  passes: [
    'RUN npm install -g typescript@5.6.3',
    'RUN npm ci',
    'RUN npm install',
    'RUN npm install ./local-package',
  ],
});
