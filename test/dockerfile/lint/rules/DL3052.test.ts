import { ruleCases } from '../rule-cases.js';

ruleCases('DL3052', {
  catches: [
    [1, 'LABEL website=nope'],
    [2, 'FROM debian:12\nLABEL website="example.com"'],
    [2, 'FROM debian:12\nLABEL website=://missing-scheme'],
  ],
  passes: [
    'LABEL website=https://example.com',
    'LABEL website=http://example.com/docs?x=1',
    'LABEL other=nope',
  ],
  config: { labelSchema: { website: 'url' } },
});
