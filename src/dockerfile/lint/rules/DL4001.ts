import { defineRule } from '../rule-kinds.js';
import type { RuleHit } from '../types.js';

export const DL4001 = defineRule({
  code: 'DL4001',
  severity: 'warning',
  title: 'Either use wget or curl, but not both.',
  docs: {
    why: 'Two download tools in one image mean two sets of dependencies and two things to patch.',
    howToFix: 'Pick one tool for the whole stage.',
    references: [],
  },
  check(ctx) {
    const hits: RuleHit[] = [];
    for (const stage of new Set(ctx.df.instructions.map((i) => i.stage))) {
      const runs = ctx.df.instructions.filter((i) => i.stage === stage && i.keyword === 'RUN');
      const uses = (tool: string) => runs.filter((r) => ctx.shellOf(r).commands.some((c) => c.name === tool));
      const wget = uses('wget');
      const curl = uses('curl');
      if (wget.length === 0 || curl.length === 0) continue;
      const second = wget[0].index < curl[0].index ? curl : wget;
      for (const instruction of second) hits.push({ instruction });
    }
    return hits;
  },
});
