import { ruleCases } from '../rule-cases.js';

ruleCases('DW1012', {
  catches: ['FROM node:20\nCOPY . .\nRUN npm ci'],
  passes: ['FROM node:20\nCOPY package*.json ./\nRUN npm ci\nCOPY . .'],
});
