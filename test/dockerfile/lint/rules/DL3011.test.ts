import { ruleCases } from '../rule-cases.js';

ruleCases('DL3011', {
  catches: ['EXPOSE 70000'],
  passes: ['EXPOSE 8080/tcp'],
});
