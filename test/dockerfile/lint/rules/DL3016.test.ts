import { ruleCases } from '../rule-cases.js';

ruleCases('DL3016', {
  catches: ['RUN npm install -g typescript'],
  passes: ['RUN npm install -g typescript@5.6.3', 'RUN npm ci'],
});
