import { ruleCases } from '../rule-cases.js';

ruleCases('DL3066', {
  catches: [
    [1, 'USER app'],
    [2, 'FROM debian:12\nUSER app:app'],
    [2, 'FROM debian:12\nUSER www-data:1000'],
  ],
  passes: ['USER 10001:10001', 'USER 0', 'USER $APP_UID', 'USER 10001'],
});
