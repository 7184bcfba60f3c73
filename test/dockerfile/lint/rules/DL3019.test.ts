import { ruleCases } from '../rule-cases.js';

ruleCases('DL3019', {
  catches: ['RUN apk add curl=8.9.1-r0'],
  passes: ['RUN apk add --no-cache curl=8.9.1-r0'],
});
