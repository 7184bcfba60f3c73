import { flagValue } from '../../parse/words.js';
import { defineRule, eachInstruction } from '../rule-kinds.js';

export const DL3023 = defineRule({
  code: 'DL3023',
  severity: 'error',
  title: 'COPY --from cannot reference its own FROM alias.',
  docs: {
    why: 'A stage cannot copy from itself; the build fails.',
    howToFix: 'Copy from an earlier stage, or use plain COPY.',
    references: [],
  },
  check: eachInstruction(['COPY'], (i, ctx) => {
    const from = flagValue(i.flags, 'from');
    const alias = ctx.df.stages[i.stage]?.alias;
    return from !== undefined && Boolean(alias) && from.toLowerCase() === alias?.toLowerCase();
  }),
});
