import { ruleCases } from '../rule-cases.js';

ruleCases('DW1010', {
  catches: ['FROM node:20\nEXPOSE 3000'],
  passes: ['FROM node:20\nEXPOSE 3000\nHEALTHCHECK CMD curl -f http://127.0.0.1:3000/ || exit 1'],
});
