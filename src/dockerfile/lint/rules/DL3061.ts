import { defineRule } from '../rule-kinds.js';

export const DL3061 = defineRule({
  code: 'DL3061',
  severity: 'error',
  title: 'Invalid instruction order. Dockerfile must begin with FROM, ARG or comment.',
  docs: {
    why: 'The builder rejects any instruction other than ARG before the first FROM.',
    howToFix: 'Move the instruction after FROM.',
    references: [],
  },
  check: (ctx) =>
    ctx.df.instructions
      .filter((i) => i.stage < 0 && i.keyword !== 'ARG' && i.keyword !== 'FROM')
      .map((instruction) => ({ instruction })),
});
