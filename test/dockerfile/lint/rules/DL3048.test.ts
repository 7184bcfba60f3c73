import { ruleCases } from '../rule-cases.js';

ruleCases('DL3048', {
  catches: ['LABEL Bad_Key=1'],
  passes: ['LABEL org.opencontainers.image.title=app'],
});
