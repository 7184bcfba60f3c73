import { ruleCases } from '../rule-cases.js';

ruleCases('DL3060', {
  catches: ['FROM node:20\nRUN yarn install'],
  passes: ['FROM node:20\nRUN yarn install && yarn cache clean'],
});
