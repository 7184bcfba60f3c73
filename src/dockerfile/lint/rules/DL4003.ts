import { defineRule } from '../rule-kinds.js';
import { repeatedPerStage } from './repeated.js';

export const DL4003 = defineRule({
  code: 'DL4003',
  severity: 'warning',
  title:
    'Multiple CMD instructions found. If you list more than one CMD then only the last CMD will take effect.',
  docs: {
    why: 'Only the last CMD of a stage counts; earlier ones are dead code that misleads readers.',
    howToFix: 'Keep one CMD per stage.',
    references: [],
  },
  check: (ctx) => repeatedPerStage(ctx, 'CMD'),
});
