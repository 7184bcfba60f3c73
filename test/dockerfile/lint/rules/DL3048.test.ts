import { ruleCases } from '../rule-cases.js';

ruleCases('DL3048', {
  catches: [
    [1, 'LABEL Bad_Key=1'],
    [2, 'FROM debian:12\nLABEL org.opencontainers..title=x'],
    [2, 'FROM debian:12\nLABEL good=1 -bad=2'],
  ],
  passes: [
    'LABEL org.opencontainers.image.title=app',
    'LABEL maintainer=me',
    'LABEL com.example.vendor-name="ACME Inc"',
  ],
});
