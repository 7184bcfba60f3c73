import { ruleCases } from '../rule-cases.js';

ruleCases('DL3060', {
  catches: [
    [2, 'FROM node:20\nRUN yarn install'],
    [2, 'FROM node:20\nRUN yarn install --frozen-lockfile && yarn build'],
    [3, 'FROM node:20 AS base\nWORKDIR /app\nRUN yarn install\nFROM base'],
  ],
  passes: [
    'FROM node:20\nRUN yarn install && yarn cache clean',
    'FROM node:20 AS build\nRUN yarn install\nFROM node:20\nCOPY --from=build /app /app',
    'FROM node:20\nRUN --mount=type=cache,target=/usr/local/share/.cache/yarn yarn install',
    'FROM node:20\nRUN yarn build',
  ],
});
