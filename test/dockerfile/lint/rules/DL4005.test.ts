import { ruleCases } from '../rule-cases.js';

ruleCases('DL4005', {
  catches: [
    [1, 'RUN ln -sf /bin/bash /bin/sh'],
    [2, 'FROM debian:12\nRUN ln -s /bin/dash /bin/sh'],
    [2, 'FROM debian:12\nRUN apt-get update && ln -snf /bin/zsh /bin/sh'],
  ],
  passes: [
    'RUN ln -s /opt/app/bin/app /usr/local/bin/app',
    'SHELL ["/bin/bash", "-c"]\nRUN echo hi',
    'RUN ln -sf /bin/sh /usr/local/bin/sh',
  ],
});
