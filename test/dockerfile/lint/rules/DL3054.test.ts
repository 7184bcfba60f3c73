import { ruleCases } from '../rule-cases.js';

ruleCases('DL3054', {
  catches: [
    [1, 'LABEL license=whatever'],
    [2, 'FROM debian:12\nLABEL license="Apache 2"'],
    [2, 'FROM debian:12\nLABEL license=GPL'],
  ],
  passes: ['LABEL license=Apache-2.0', 'LABEL license=MIT', 'LABEL other=whatever'],
  config: { labelSchema: { license: 'spdx' } },
});
