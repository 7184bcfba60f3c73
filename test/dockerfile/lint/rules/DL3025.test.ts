import { ruleCases } from '../rule-cases.js';

ruleCases('DL3025', {
  catches: ['CMD npm start'],
  passes: ['CMD ["npm", "start"]'],
});
