import { flagValue, unquote } from '../../parse/words.js';
import { defineRule, eachInstruction } from '../rule-kinds.js';
import { isImageReference } from './DL3022.js';

export const DL3067 = defineRule({
  code: 'DL3067',
  severity: 'warning',
  title: 'Do not copy an entire filesystem from another stage.',
  docs: {
    why: 'Copying `/` to `/` brings the whole build stage, compilers and caches included, into the image. Copying `/` from an image reference (not a stage), as in `FROM scratch` plus `COPY --from=busybox:1.36 / /`, is how some images are assembled and is not reported.',
    howToFix: 'Copy only the built artefacts: `COPY --from=build /app/dist /app/`.',
    references: [],
  },
  check: eachInstruction(['COPY'], (i) => {
    const from = flagValue(i.flags, 'from');
    if (from === undefined || isImageReference(from)) return false;
    const words = i.words.map((w) => unquote(w.value));
    return words.length >= 2 && words[words.length - 1] === '/' && words.slice(0, -1).includes('/');
  }),
});
