import { defineRule, eachInstruction } from '../rule-kinds.js';

export const DL3043 = defineRule({
  code: 'DL3043',
  severity: 'error',
  title: '`ONBUILD`, `FROM` or `MAINTAINER` triggered from within `ONBUILD` instruction.',
  docs: {
    why: 'The builder does not allow these as ONBUILD triggers; images built from this one fail.',
    howToFix: 'Remove the trigger or move the instruction out of ONBUILD.',
    references: [],
  },
  check: eachInstruction(['ONBUILD', 'FROM', 'MAINTAINER'], (i) => i.onbuild),
});
