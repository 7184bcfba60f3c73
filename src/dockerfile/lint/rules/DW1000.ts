import { runScript } from '../../parse/run-script.js';
import { MAX_SHELL_SCRIPT_CHARS } from '../input-limits.js';
import { defineRule, eachInstruction } from '../rule-kinds.js';

export const DW1000 = defineRule({
  code: 'DW1000',
  severity: 'info',
  title: 'This RUN script is too long to analyse; the shell-based rules were not applied to it.',
  docs: {
    why: `Scripts over ${MAX_SHELL_SCRIPT_CHARS} characters are not shell-parsed so that linting stays fast; problems inside them go unreported.`,
    howToFix:
      'Move the script into a file (`COPY build.sh /tmp/` then `RUN /tmp/build.sh`) or split the RUN.',
    references: [],
  },
  check: eachInstruction(['RUN'], (i) => runScript(i).length > MAX_SHELL_SCRIPT_CHARS),
});
