import { ruleCases } from '../rule-cases.js';

ruleCases('DL3024', {
  catches: [
    [2, 'FROM node:20 AS x\nFROM node:20 AS x'],
    [3, 'FROM a:1 AS build\nFROM b:1 AS test\nFROM c:1 AS build'],
    [3, 'FROM a:1 AS base\nRUN true\nFROM b:1 as BASE'],
  ],
  passes: ['FROM node:20 AS x\nFROM node:20 AS y', 'FROM node:20 AS x\nFROM x', 'FROM node:20\nFROM node:20'],
});
