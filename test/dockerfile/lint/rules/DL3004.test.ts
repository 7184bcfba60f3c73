import { ruleCases } from '../rule-cases.js';

ruleCases('DL3004', {
  catches: [
    [1, 'RUN sudo make install'],
    [2, 'FROM debian:12\nRUN apt-get update && sudo apt-get install -y curl'],
    [3, 'FROM debian:12\nUSER app\nRUN sudo -u root id'],
  ],
  passes: ['RUN make install', 'RUN apt-get install -y sudo', 'RUN echo sudo'],
});
