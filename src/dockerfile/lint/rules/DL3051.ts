import { defineRule, eachInstruction } from '../rule-kinds.js';

export const DL3051 = defineRule({
  code: 'DL3051',
  severity: 'warning',
  title: 'Label is empty.',
  docs: {
    why: 'A label named in the schema carries information; an empty value defeats its purpose.',
    howToFix: 'Give the label a value.',
    references: [],
  },
  check: eachInstruction(['LABEL'], (i, ctx) =>
    i.pairs.some((p) => p.key in ctx.config.labelSchema && p.value === ''),
  ),
});
