import { ruleCases } from '../rule-cases.js';

ruleCases('DL3054', {
  catches: ['LABEL license=whatever'],
  passes: ['LABEL license=Apache-2.0'],
  config: { labelSchema: { license: 'spdx' } },
});
