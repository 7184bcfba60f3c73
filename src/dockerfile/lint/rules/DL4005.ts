import { defineRule, eachRunCommand } from '../rule-kinds.js';

export const DL4005 = defineRule({
  code: 'DL4005',
  severity: 'warning',
  title: 'Use SHELL to change the default shell.',
  docs: {
    why: 'Relinking /bin/sh changes the shell for everything in the image, including package scripts that expect a POSIX sh.',
    howToFix: 'Use `SHELL ["/bin/bash", "-c"]` for the instructions that need bash.',
    references: [],
  },
  check: eachRunCommand((c) => c.name === 'ln' && c.args[c.args.length - 1] === '/bin/sh'),
});
