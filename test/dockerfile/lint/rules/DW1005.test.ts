import { ruleCases } from '../rule-cases.js';

ruleCases('DW1005', {
  catches: [
    [1, 'COPY .env /app/'],
    [2, 'FROM node:20\nCOPY .npmrc package.json /app/'],
    [2, 'FROM debian:12\nADD keys/id_ed25519 /root/.ssh/'],
  ],
  passes: [
    'COPY .env.example /app/',
    'COPY package.json /app/',
    'FROM node:20 AS b\nFROM node:20\nCOPY --from=b /app/.env /app/',
    'COPY environment.ts /app/',
  ],
});
