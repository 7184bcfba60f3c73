import { ruleCases } from '../rule-cases.js';

ruleCases('DL3024', {
  catches: ['FROM node:20 AS x\nFROM node:20 AS x'],
  passes: ['FROM node:20 AS x\nFROM node:20 AS y'],
});
