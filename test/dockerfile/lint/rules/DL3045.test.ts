import { ruleCases } from '../rule-cases.js';

ruleCases('DL3045', {
  catches: [
    [2, 'FROM node:20\nCOPY package.json .'],
    [2, 'FROM node:20\nCOPY src/ app/'],
    [4, 'FROM node:20 AS base\nWORKDIR /app\nFROM node:20\nCOPY a.js ./'],
  ],
  passes: [
    'FROM node:20\nWORKDIR /app\nCOPY package.json .',
    'FROM node:20\nCOPY package.json /app/',
    'FROM node:20 AS base\nWORKDIR /app\nFROM base\nCOPY a.js ./',
    'FROM node:20\nCOPY a.js $APP_HOME/',
  ],
});
