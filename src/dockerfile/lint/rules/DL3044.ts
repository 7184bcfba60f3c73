import { defineRule, eachInstruction } from '../rule-kinds.js';

const REFERENCE = /\$\{([A-Za-z_][A-Za-z0-9_]*)|\$([A-Za-z_][A-Za-z0-9_]*)/g;

export const DL3044 = defineRule({
  code: 'DL3044',
  severity: 'error',
  title: 'Do not refer to an environment variable within the same ENV statement where it is defined.',
  docs: {
    why: 'Within one ENV, references see the value from before the statement, not the one just set, which surprises readers.',
    howToFix: 'Split the ENV into two instructions.',
    references: [],
  },
  check: eachInstruction(['ENV'], (i) => {
    const defined = new Set<string>();
    for (const pair of i.pairs) {
      for (const match of pair.rawValue.matchAll(REFERENCE))
        if (defined.has(match[1] ?? match[2])) return true;
      defined.add(pair.key);
    }
    return false;
  }),
});
