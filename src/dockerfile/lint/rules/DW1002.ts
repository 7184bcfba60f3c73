import { secretFormatOf } from '../../../security/secrets.js';
import { defineRule, eachInstruction } from '../rule-kinds.js';

export const DW1002 = defineRule({
  code: 'DW1002',
  severity: 'error',
  title: 'A secret value is written into ARG or ENV.',
  docs: {
    why: 'ENV values are stored in the image config and ARG values in its history: anyone who can pull the image can read the secret.',
    howToFix:
      'Remove the value and rotate the secret; pass it at build time with `RUN --mount=type=secret,id=...` or at run time from the environment.',
    references: ['CIS Docker Benchmark 4.10', 'Dockle CIS-DI-0010'],
  },
  check: eachInstruction(['ARG', 'ENV'], (i) => {
    for (const pair of i.pairs) {
      const format = secretFormatOf(pair.value);
      if (format)
        return {
          message: `${i.keyword} ${pair.key} holds a secret (${format.title}); it will be readable in the image.`,
        };
    }
    return false;
  }),
});
