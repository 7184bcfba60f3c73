import { ruleCases } from '../rule-cases.js';

ruleCases('DL3064', {
  catches: ['ENV DB_PASSWORD=hunter2'],
  passes: ['ENV DB_HOST=db'],
});
