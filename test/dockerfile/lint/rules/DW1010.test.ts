import { ruleCases } from '../rule-cases.js';

ruleCases('DW1010', {
  catches: [
    [1, 'FROM node:20\nEXPOSE 3000'],
    [3, 'FROM node:20 AS b\nHEALTHCHECK CMD true\nFROM node:20\nEXPOSE 3000'],
    [3, 'FROM node:20 AS base\nEXPOSE 3000\nFROM base\nCMD ["node", "a.js"]'],
  ],
  passes: [
    'FROM node:20\nEXPOSE 3000\nHEALTHCHECK CMD curl -f http://127.0.0.1:3000/ || exit 1',
    'FROM node:20\nCMD ["node", "job.js"]',
    'FROM node:20 AS base\nHEALTHCHECK CMD true\nFROM base\nEXPOSE 3000',
  ],
});
