import { cacheMountTargets, defineRule } from '../rule-kinds.js';
import type { RuleHit } from '../types.js';
import { stagesInFinalImage } from './DL3009.js';
import { installWithoutLaterClean } from './package-managers.js';

export const DL3060 = defineRule({
  code: 'DL3060',
  severity: 'info',
  title: '`yarn cache clean` missing after `yarn install` was run.',
  docs: {
    why: "Yarn's cache stays in the layer and can be larger than node_modules itself.",
    howToFix: 'End the RUN with `&& yarn cache clean`, or use a cache mount on /root/.cache/yarn.',
    references: [],
  },
  check(ctx) {
    const kept = stagesInFinalImage(ctx);
    const hits: RuleHit[] = [];
    for (const run of ctx.df.instructions) {
      if (run.keyword !== 'RUN' || !(kept.has(run.stage) || run.stage < 0 || run.onbuild)) continue;
      const mounts = cacheMountTargets(run);
      if (mounts.some((m) => m.endsWith('/.cache/yarn') || m.endsWith('/share/.cache/yarn'))) continue;
      const missing = installWithoutLaterClean(
        ctx.shellOf(run),
        (c) => c.name === 'yarn' && c.args[0] === 'install',
        (c) => c.name === 'yarn' && c.args[0] === 'cache' && c.args[1] === 'clean',
      );
      if (missing) hits.push({ instruction: run });
    }
    return hits;
  },
});
