import type { Instruction } from '../../parse/model.js';
import { defineRule } from '../rule-kinds.js';
import type { LintContext, RuleHit } from '../types.js';

function flagsKey(run: Instruction): string {
  return run.flags.map((f) => `${f.name}=${f.value ?? ''}`).join(' ');
}

function isSingleCommand(ctx: LintContext, run: Instruction): boolean {
  return ctx.shellOf(run).commands.length <= 1;
}

export const DL3059 = defineRule({
  code: 'DL3059',
  severity: 'info',
  title: 'Multiple consecutive RUN instructions. Consider consolidation.',
  docs: {
    why: 'Each RUN makes a layer; consecutive one-command RUNs add layers and lose the chance to clean up in the same step.',
    howToFix: 'Join them with `&&` into one RUN.',
    references: [],
  },
  check(ctx) {
    const hits: RuleHit[] = [];
    const { instructions } = ctx.df;
    for (let k = 1; k < instructions.length; k++) {
      const previous = instructions[k - 1];
      const current = instructions[k];
      if (previous.keyword !== 'RUN' || current.keyword !== 'RUN') continue;
      if (flagsKey(previous) !== flagsKey(current)) continue;
      if (isSingleCommand(ctx, previous) && isSingleCommand(ctx, current))
        hits.push({ instruction: current });
    }
    return hits;
  },
});
