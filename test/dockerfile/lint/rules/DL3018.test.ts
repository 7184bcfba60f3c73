import { ruleCases } from '../rule-cases.js';

ruleCases('DL3018', {
  catches: ['RUN apk add curl'],
  passes: ['RUN apk add curl=8.9.1-r0'],
});
