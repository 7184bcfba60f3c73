import { ruleCases } from '../rule-cases.js';

ruleCases('DL3022', {
  catches: [
    [2, 'FROM node:20\nCOPY --from=builder /a /a'],
    [3, 'FROM node:20 AS build\nFROM node:20\nCOPY --from=biuld /out /app'],
    [2, 'FROM node:20\nCOPY --from=later /a /a\nFROM node:20 AS later'],
  ],
  passes: [
    'FROM node:20 AS builder\nFROM node:20\nCOPY --from=builder /a /a',
    'FROM node:20\nCOPY --from=node:20 /usr/local/bin/node /usr/local/bin/',
    'FROM node:20\nFROM node:20\nCOPY --from=0 /a /a',
    'FROM node:20 AS Build\nFROM node:20\nCOPY --from=build /a /a',
  ],
});
