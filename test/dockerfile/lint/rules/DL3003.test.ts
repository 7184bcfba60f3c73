import { ruleCases } from '../rule-cases.js';

ruleCases('DL3003', {
  catches: [
    [1, 'RUN cd /src && make'],
    [2, 'FROM debian:12\nRUN mkdir /x && cd /x && make'],
    [2, 'FROM debian:12\nRUN make; cd /tmp'],
  ],
  passes: ['WORKDIR /src\nRUN make', 'RUN make -C /src', 'RUN echo cd /src'],
});
