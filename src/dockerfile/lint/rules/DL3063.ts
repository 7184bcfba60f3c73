import { defineRule } from '../rule-kinds.js';

const RESERVED_STAGE_NAMES = ['scratch', 'context'];

export const DL3063 = defineRule({
  code: 'DL3063',
  severity: 'error',
  title: 'Stage name is a reserved word.',
  docs: {
    why: '`scratch` and `context` already mean something to the builder; a stage with that name is ambiguous.',
    howToFix: 'Rename the stage.',
    references: [],
  },
  check: (ctx) =>
    ctx.df.stages
      .filter((s) => s.alias && RESERVED_STAGE_NAMES.includes(s.alias.toLowerCase()))
      .map((s) => ({ instruction: s.from })),
});
