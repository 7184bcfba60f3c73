import { ruleCases } from '../rule-cases.js';

ruleCases('DW1001', {
  catches: ['FROM node:20\nCMD ["node", "a.js"]'],
  passes: ['FROM node:20\nUSER 1000\nCMD ["node", "a.js"]'],
});
