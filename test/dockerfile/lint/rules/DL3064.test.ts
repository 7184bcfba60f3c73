import { ruleCases } from '../rule-cases.js';

ruleCases('DL3064', {
  catches: [
    [1, 'ENV DB_PASSWORD=hunter2'],
    [2, 'FROM debian:12\nARG GITHUB_TOKEN'],
    [2, 'FROM debian:12\nENV MODE=prod API_SECRET=abc'],
  ],
  passes: ['ENV DB_HOST=db', 'ARG VERSION=1.2.3', 'FROM debian:12\nENV KEYBOARD_LAYOUT=us'],
});
