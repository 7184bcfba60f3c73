import { ruleCases } from '../rule-cases.js';

ruleCases('DW1005', {
  catches: ['COPY .env /app/'],
  passes: ['COPY .env.example /app/', 'COPY package.json /app/'],
});
