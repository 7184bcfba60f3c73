import { defineRule } from '../rule-kinds.js';
import { stageChain } from '../stage-chain.js';

export const DW1001 = defineRule({
  code: 'DW1001',
  severity: 'warning',
  title: 'The final stage sets no USER, so the container runs as root.',
  docs: {
    why: 'Without USER the main process runs as root; a compromise of the app is then root inside the container and one kernel bug away from the host.',
    howToFix:
      'Create an unprivileged user and switch to it at the end: `RUN useradd -r -u 10001 app` then `USER 10001`.',
    references: ['CIS Docker Benchmark 4.1', 'Dockle CIS-DI-0001'],
  },
  check(ctx) {
    const last = ctx.df.stages.length - 1;
    if (last < 0) return [];
    const chain = new Set(stageChain(ctx, last));
    const hasUser = ctx.df.instructions.some((i) => i.keyword === 'USER' && !i.onbuild && chain.has(i.stage));
    return hasUser ? [] : [{ instruction: ctx.df.stages[last].from }];
  },
});
