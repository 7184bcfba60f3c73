import { labelTypeRule } from './labels.js';

export const DL3052 = labelTypeRule('DL3052', 'url', 'Label is not a valid URL.');
