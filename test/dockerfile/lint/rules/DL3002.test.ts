import { ruleCases } from '../rule-cases.js';

ruleCases('DL3002', {
  catches: [
    [2, 'FROM debian:12\nUSER root'],
    [4, 'FROM debian:12\nUSER app\nRUN id\nUSER 0'],
    [3, 'FROM debian:12\nUSER app\nUSER root:root'],
  ],
  passes: [
    'FROM debian:12\nUSER root\nRUN id\nUSER app',
    'FROM debian:12 AS b\nUSER root\nRUN id\nUSER app\nFROM b',
    'FROM debian:12\nRUN id',
    'FROM debian:12\nUSER 10001:0',
  ],
});
