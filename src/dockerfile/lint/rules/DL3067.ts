import { flagValue, unquote } from '../../parse/words.js';
import { defineRule, eachInstruction } from '../rule-kinds.js';

export const DL3067 = defineRule({
  code: 'DL3067',
  severity: 'warning',
  title: 'Do not copy an entire filesystem from another stage.',
  docs: {
    why: 'Copying `/` to `/` brings the whole build stage, compilers and caches included, into the image.',
    howToFix: 'Copy only the built artefacts: `COPY --from=build /app/dist /app/`.',
    references: [],
  },
  check: eachInstruction(['COPY'], (i) => {
    if (flagValue(i.flags, 'from') === undefined) return false;
    const words = i.words.map((w) => unquote(w.value));
    return words.length >= 2 && words[words.length - 1] === '/' && words.slice(0, -1).includes('/');
  }),
});
