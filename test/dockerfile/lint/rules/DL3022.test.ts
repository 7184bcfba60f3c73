import { ruleCases } from '../rule-cases.js';

ruleCases('DL3022', {
  catches: ['FROM node:20\nCOPY --from=builder /a /a'],
  passes: ['FROM node:20 AS builder\nFROM node:20\nCOPY --from=builder /a /a'],
});
