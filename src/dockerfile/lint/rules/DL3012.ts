import { defineRule } from '../rule-kinds.js';
import type { RuleHit } from '../types.js';

export const DL3012 = defineRule({
  code: 'DL3012',
  severity: 'error',
  title: 'Multiple HEALTHCHECK instructions.',
  docs: {
    why: 'Only the last HEALTHCHECK of a stage takes effect; the others mislead the reader.',
    howToFix: 'Keep one HEALTHCHECK per stage.',
    references: [],
  },
  check(ctx) {
    const hits: RuleHit[] = [];
    const seen = new Set<number>();
    for (const i of ctx.df.instructions) {
      if (i.keyword !== 'HEALTHCHECK') continue;
      if (seen.has(i.stage)) hits.push({ instruction: i });
      seen.add(i.stage);
    }
    return hits;
  },
});
