import { ruleCases } from '../rule-cases.js';

ruleCases('DL3023', {
  catches: [
    [2, 'FROM node:20 AS app\nCOPY --from=app /a /b'],
    [3, 'FROM node:20 AS build\nRUN make\nCOPY --from=build /out /app'],
    [4, 'FROM a:1 AS one\nFROM b:1 AS two\nRUN true\nCOPY --from=two /x /y'],
  ],
  passes: [
    'FROM node:20 AS build\nFROM node:20 AS app\nCOPY --from=build /a /b',
    'FROM node:20 AS app\nCOPY /a /b',
    'FROM node:20 AS app\nCOPY --from=busybox:1 /bin/sh /bin/',
  ],
});
