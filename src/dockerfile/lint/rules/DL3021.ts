import { execFormArray, unquote } from '../../parse/words.js';
import { defineRule, eachInstruction } from '../rule-kinds.js';

export const DL3021 = defineRule({
  code: 'DL3021',
  severity: 'error',
  title: 'COPY with more than 2 arguments requires the last argument to end with /.',
  docs: {
    why: 'With several sources the destination must be a directory; without the trailing slash the build fails.',
    howToFix: 'End the destination with `/`: `COPY a b /app/`.',
    references: [],
  },
  check: eachInstruction(['COPY'], (i) => {
    const words = execFormArray(i.args) ?? i.words.map((w) => unquote(w.value));
    return words.length > 2 && !words[words.length - 1].endsWith('/');
  }),
});
