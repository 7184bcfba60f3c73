import { ruleCases } from '../rule-cases.js';

ruleCases('DL3002', {
  catches: ['FROM debian:12\nUSER root'],
  passes: ['FROM debian:12\nUSER root\nRUN id\nUSER app'],
});
