import { labelTypeRule } from './labels.js';

export const DL3054 = labelTypeRule('DL3054', 'spdx', 'Label is not a valid SPDX license identifier.');
