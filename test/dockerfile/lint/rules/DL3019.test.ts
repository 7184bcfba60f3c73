import { ruleCases } from '../rule-cases.js';

ruleCases('DL3019', {
  catches: [
    [1, 'RUN apk add curl=8.9.1-r0'],
    [2, 'FROM alpine:3.20\nRUN apk update && apk add bash=5.2.26-r0'],
    [2, 'FROM alpine:3.20\nRUN apk add --update git=2.45.2-r0'],
  ],
  passes: [
    'RUN apk add --no-cache curl=8.9.1-r0',
    'RUN apk --no-cache add bash=5.2.26-r0',
    'RUN apk info',
    'RUN --mount=type=cache,target=/var/cache/apk apk add curl=8.9.1-r0',
  ],
});
