import { defineRule, eachInstruction } from '../rule-kinds.js';

function refersTo(value: string, name: string): boolean {
  return new RegExp(`\\$(\\{${name}([:}]|[-+?])|${name}(?![A-Za-z0-9_]))`).test(value);
}

export const DL3044 = defineRule({
  code: 'DL3044',
  severity: 'error',
  title: 'Do not refer to an environment variable within the same ENV statement where it is defined.',
  docs: {
    why: 'Within one ENV, references see the value from before the statement, not the one just set, which surprises readers.',
    howToFix: 'Split the ENV into two instructions.',
    references: [],
  },
  check: eachInstruction(['ENV'], (i) =>
    i.pairs.some((pair, k) => i.pairs.slice(0, k).some((earlier) => refersTo(pair.rawValue, earlier.key))),
  ),
});
