import { ruleCases } from '../rule-cases.js';

ruleCases('DL3023', {
  catches: ['FROM node:20 AS app\nCOPY --from=app /a /b'],
  passes: ['FROM node:20 AS build\nFROM node:20 AS app\nCOPY --from=build /a /b'],
});
