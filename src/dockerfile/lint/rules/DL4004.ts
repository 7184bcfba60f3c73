import { defineRule } from '../rule-kinds.js';
import { repeatedPerStage } from './repeated.js';

export const DL4004 = defineRule({
  code: 'DL4004',
  severity: 'error',
  title:
    'Multiple ENTRYPOINT instructions found. If you list more than one ENTRYPOINT then only the last one will take effect.',
  docs: {
    why: 'Only the last ENTRYPOINT of a stage counts; earlier ones are dead code that misleads readers.',
    howToFix: 'Keep one ENTRYPOINT per stage.',
    references: [],
  },
  check: (ctx) => repeatedPerStage(ctx, 'ENTRYPOINT'),
});
