import { ruleCases } from '../rule-cases.js';

ruleCases('DL3028', {
  catches: ['RUN gem install rails'],
  passes: ['RUN gem install rails:7.1.3'],
});
