import { labelTypeRule } from './labels.js';

export const DL3053 = labelTypeRule(
  'DL3053',
  'rfc3339',
  'Label is not a valid time format: it must conform to RFC3339.',
);
