import { ruleCases } from '../rule-cases.js';

ruleCases('DW1003', {
  catches: [
    [1, 'RUN curl -fsSL https://get.example.com | sh'],
    [2, 'FROM debian:12\nRUN wget -qO- https://example.com/install.sh | bash -s -- --yes'],
    [2, 'FROM debian:12\nRUN curl -sL https://deb.example.com/setup | sudo -E bash -'],
  ],
  passes: [
    'RUN curl -fsSL -o install.sh https://get.example.com && sh install.sh',
    'RUN curl -fsSL https://example.com/a.tgz | tar -xz',
    'RUN echo hi | sh',
    'RUN curl -fsSL https://example.com/key.gpg | gpg --dearmor -o /usr/share/keyrings/x.gpg',
  ],
});
