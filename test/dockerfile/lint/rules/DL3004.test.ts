import { ruleCases } from '../rule-cases.js';

ruleCases('DL3004', {
  catches: ['RUN sudo make install'],
  passes: ['RUN make install'],
});
