import { defineRule } from '../rule-kinds.js';
import type { RuleHit } from '../types.js';

export const DL3024 = defineRule({
  code: 'DL3024',
  severity: 'error',
  title: 'FROM aliases (stage names) must be unique.',
  docs: {
    why: 'Two stages with one name make `COPY --from` and `--target` ambiguous.',
    howToFix: 'Give each stage its own name.',
    references: [],
  },
  check(ctx) {
    const hits: RuleHit[] = [];
    const seen = new Set<string>();
    for (const stage of ctx.df.stages) {
      const alias = stage.alias?.toLowerCase();
      if (!alias) continue;
      if (seen.has(alias)) hits.push({ instruction: stage.from });
      seen.add(alias);
    }
    return hits;
  },
});
