import { defineRule, eachInstruction } from '../rule-kinds.js';

export const DL3050 = defineRule({
  code: 'DL3050',
  severity: 'info',
  title: 'Superfluous label(s) present.',
  docs: {
    why: 'With `strict-labels`, only labels in the schema are allowed, so typos and stray labels are caught.',
    howToFix: 'Remove the label or add it to `label-schema`.',
    references: [],
  },
  check: eachInstruction(
    ['LABEL'],
    (i, ctx) => ctx.config.strictLabels && i.pairs.some((p) => !(p.key in ctx.config.labelSchema)),
  ),
});
