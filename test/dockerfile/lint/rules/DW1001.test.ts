import { ruleCases } from '../rule-cases.js';

ruleCases('DW1001', {
  catches: [
    [1, 'FROM node:20\nCMD ["node", "a.js"]'],
    [3, 'FROM node:20 AS build\nUSER node\nFROM node:20\nCMD ["node", "a.js"]'],
    [2, 'FROM node:20\nFROM debian:12\nONBUILD USER app'],
  ],
  passes: [
    'FROM node:20\nUSER 1000\nCMD ["node", "a.js"]',
    'FROM node:20 AS base\nUSER node\nFROM base\nCMD ["node", "a.js"]',
    'FROM node:20\nUSER root\nRUN id\nUSER node',
  ],
});
