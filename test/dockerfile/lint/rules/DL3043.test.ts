import { ruleCases } from '../rule-cases.js';

ruleCases('DL3043', {
  catches: [
    [1, 'ONBUILD FROM debian:12'],
    [2, 'FROM debian:12\nONBUILD ONBUILD RUN make'],
    [2, 'FROM debian:12\nONBUILD MAINTAINER me@example.com'],
  ],
  passes: [
    'ONBUILD RUN make',
    'FROM debian:12\nONBUILD COPY . /app',
    'FROM debian:12\nMAINTAINER me@example.com',
  ],
});
