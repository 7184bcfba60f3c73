import { ruleCases } from '../rule-cases.js';

ruleCases('DL3045', {
  catches: ['FROM node:20\nCOPY package.json .'],
  passes: ['FROM node:20\nWORKDIR /app\nCOPY package.json .', 'FROM node:20\nCOPY package.json /app/'],
});
