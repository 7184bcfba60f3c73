import { defineRule } from '../rule-kinds.js';
import { stageChain } from '../stage-chain.js';
import type { RuleHit } from '../types.js';
import { leafStages } from './final-stages.js';

export const DL3049 = defineRule({
  code: 'DL3049',
  severity: 'info',
  title: 'Label is missing.',
  docs: {
    why: 'The label schema in .hadolint.yaml names labels every image must carry (owner, source, version).',
    howToFix:
      'Add the label to each stage that produces an image: `LABEL org.opencontainers.image.source="..."`.',
    references: [],
  },
  check(ctx) {
    const required = Object.keys(ctx.config.labelSchema);
    if (required.length === 0) return [];
    const hits: RuleHit[] = [];
    for (const s of leafStages(ctx, true)) {
      const chain = new Set(stageChain(ctx, s));
      const present = new Set(
        ctx.df.instructions
          .filter((i) => i.keyword === 'LABEL' && chain.has(i.stage))
          .flatMap((i) => i.pairs.map((p) => p.key)),
      );
      for (const label of required.filter((l) => !present.has(l))) {
        hits.push({ instruction: ctx.df.stages[s].from, message: `Label \`${label}\` is missing.` });
      }
    }
    return hits;
  },
});
