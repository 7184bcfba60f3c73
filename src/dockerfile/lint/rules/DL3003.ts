import { defineRule, eachRunCommand } from '../rule-kinds.js';

export const DL3003 = defineRule({
  code: 'DL3003',
  severity: 'warning',
  title: 'Use WORKDIR to switch to a directory.',
  docs: {
    why: '`cd` lasts only for one RUN; later instructions silently run elsewhere, which is hard to read and easy to break.',
    howToFix: 'Use `WORKDIR /path` before the commands that need it.',
    references: [],
  },
  check: eachRunCommand((c) => c.name === 'cd'),
});
