import { defineRule, eachRunCommand } from '../rule-kinds.js';

export const DL3004 = defineRule({
  code: 'DL3004',
  severity: 'error',
  title: 'Do not use sudo: it leads to unpredictable behaviour. Use a tool like gosu to drop privileges.',
  docs: {
    why: 'sudo needs a TTY and configuration that images rarely have, and it keeps a privilege-raising binary in the image.',
    howToFix: 'Run root steps before `USER`, or use gosu/su-exec in the entrypoint.',
    references: [],
  },
  check: eachRunCommand((c) => c.name === 'sudo'),
});
