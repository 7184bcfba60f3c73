import { labelTypeRule } from './labels.js';

export const DL3056 = labelTypeRule('DL3056', 'semver', 'Label does not conform to semantic versioning.');
