import { defineRule } from '../rule-kinds.js';
import { stageChain } from '../stage-chain.js';

export const DW1010 = defineRule({
  code: 'DW1010',
  severity: 'info',
  title: 'The final stage runs a service (it EXPOSEs a port) but has no HEALTHCHECK.',
  docs: {
    why: 'Without a health check, Docker and Compose report a hung or half-started service as running, and `depends_on: service_healthy` cannot wait for it.',
    howToFix:
      'Add a check the image can run, e.g. `HEALTHCHECK CMD wget -qO- http://127.0.0.1:8080/health || exit 1`.',
    references: ['CIS Docker Benchmark 4.6', 'Dockle CIS-DI-0006'],
  },
  check(ctx) {
    const last = ctx.df.stages.length - 1;
    if (last < 0) return [];
    const chain = new Set(stageChain(ctx, last));
    const inChain = ctx.df.instructions.filter((i) => chain.has(i.stage) && !i.onbuild);
    const exposes = inChain.some((i) => i.keyword === 'EXPOSE');
    const checks = inChain.some((i) => i.keyword === 'HEALTHCHECK');
    return exposes && !checks ? [{ instruction: ctx.df.stages[last].from }] : [];
  },
});
