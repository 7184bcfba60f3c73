import { labelTypeRule } from './labels.js';

export const DL3058 = labelTypeRule(
  'DL3058',
  'email',
  'Label is not a valid email format: it must conform to RFC5322.',
);
