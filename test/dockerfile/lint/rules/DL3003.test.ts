import { ruleCases } from '../rule-cases.js';

ruleCases('DL3003', {
  catches: ['RUN cd /src && make'],
  passes: ['WORKDIR /src\nRUN make'],
});
