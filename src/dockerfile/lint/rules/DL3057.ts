import { defineRule } from '../rule-kinds.js';
import { stageChain } from '../stage-chain.js';
import type { RuleHit } from '../types.js';
import { leafStages } from './final-stages.js';

export const DL3057 = defineRule({
  code: 'DL3057',
  severity: 'ignore',
  title: 'HEALTHCHECK instruction missing.',
  docs: {
    why: 'Without a HEALTHCHECK, Docker and Compose cannot tell a hung service from a healthy one.',
    howToFix: 'Add `HEALTHCHECK CMD ...` (or `HEALTHCHECK NONE` to say it is deliberate).',
    references: [],
  },
  check(ctx) {
    const hits: RuleHit[] = [];
    for (const s of leafStages(ctx, false)) {
      const chain = new Set(stageChain(ctx, s));
      if (!ctx.df.instructions.some((i) => i.keyword === 'HEALTHCHECK' && chain.has(i.stage))) {
        hits.push({ instruction: ctx.df.stages[s].from });
      }
    }
    return hits;
  },
});
