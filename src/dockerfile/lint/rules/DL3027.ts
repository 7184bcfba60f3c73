import { defineRule, eachRunCommand } from '../rule-kinds.js';

export const DL3027 = defineRule({
  code: 'DL3027',
  severity: 'warning',
  title: 'Do not use apt: it is meant for interactive use. Use apt-get or apt-cache instead.',
  docs: {
    why: 'apt has no stable command-line interface and warns when scripted; apt-get behaves the same in every release.',
    howToFix: 'Replace `apt` with `apt-get` (or `apt-cache` for searches).',
    references: [],
  },
  check: eachRunCommand((c) => c.name === 'apt'),
});
