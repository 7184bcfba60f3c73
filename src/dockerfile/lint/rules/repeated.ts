import type { LintContext, RuleHit } from '../types.js';

/** Every instruction with `keyword` after the first one in the same stage (ONBUILD triggers aside). */
export function repeatedPerStage(ctx: LintContext, keyword: string): RuleHit[] {
  const seen = new Set<number>();
  const hits: RuleHit[] = [];
  for (const i of ctx.df.instructions) {
    if (i.keyword !== keyword || i.onbuild) continue;
    if (seen.has(i.stage)) hits.push({ instruction: i });
    seen.add(i.stage);
  }
  return hits;
}
