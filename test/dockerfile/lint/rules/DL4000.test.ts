import { ruleCases } from '../rule-cases.js';

ruleCases('DL4000', {
  catches: ['MAINTAINER me@example.com'],
  passes: ['LABEL maintainer=me@example.com'],
});
