import { ruleCases } from '../rule-cases.js';

ruleCases('DL3018', {
  catches: [
    [1, 'RUN apk add curl'],
    [2, 'FROM alpine:3.20\nRUN apk add --no-cache curl=8.9.1-r0 git'],
    [2, 'FROM alpine:3.20\nRUN apk update && apk add bash'],
  ],
  passes: [
    'RUN apk add curl=8.9.1-r0',
    'RUN apk add --no-cache curl=8.9.1-r0 git=2.45.2-r0',
    'RUN apk update',
    'RUN apk add /tmp/local.apk',
  ],
});
