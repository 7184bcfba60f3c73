import type { Instruction } from '../../parse/model.js';
import { execFormArray } from '../../parse/words.js';
import { cacheMountTargets, defineRule } from '../rule-kinds.js';
import { parentStageIndex } from '../stage-chain.js';
import { insertAt, instructionSource } from '../text-edits.js';
import type { LintContext, RuleHit } from '../types.js';

const APT_PROGRAMS = ['apt-get', 'apt', 'aptitude'];

function leavesAptLists(ctx: LintContext, run: Instruction): boolean {
  const commands = ctx.shellOf(run).commands;
  const updates = commands.some((c) => APT_PROGRAMS.includes(c.name) && c.args.includes('update'));
  if (!updates) return false;
  const cleans = commands.some(
    (c) => c.name === 'rm' && c.args.some((a) => a.startsWith('/var/lib/apt/lists')),
  );
  if (cleans) return false;
  const mounts = cacheMountTargets(run);
  if (mounts.includes('/var/lib/apt/lists')) return false;
  return !(mounts.includes('/var/lib/apt') && mounts.includes('/var/cache/apt'));
}

/** Stages whose filesystem ends up in the final image: the last one and every stage it is built FROM. */
export function stagesInFinalImage(ctx: LintContext): Set<number> {
  const { stages } = ctx.df;
  const kept = new Set<number>([stages.length - 1]);
  for (let s = stages.length - 1; s >= 0; s--) {
    if (!kept.has(s)) continue;
    const parent = parentStageIndex(stages, s);
    if (parent >= 0) kept.add(parent);
  }
  return kept;
}

export const DL3009 = defineRule({
  code: 'DL3009',
  severity: 'info',
  title: 'Delete the apt lists (/var/lib/apt/lists) after installing something.',
  docs: {
    why: 'The package lists add tens of megabytes to the layer and are stale the moment the image is built.',
    howToFix:
      'End the same RUN with `&& rm -rf /var/lib/apt/lists/*`, or use a cache mount for /var/lib/apt/lists.',
    references: [],
  },
  check(ctx) {
    const kept = stagesInFinalImage(ctx);
    const hits: RuleHit[] = [];
    for (const run of ctx.df.instructions) {
      if (
        run.keyword !== 'RUN' ||
        !(kept.has(run.stage) || run.stage < 0 || run.onbuild) ||
        !leavesAptLists(ctx, run)
      )
        continue;
      const simple = !execFormArray(run.args) && !run.args.trimStart().startsWith('<<');
      const end = instructionSource(ctx.df, run);
      const fix = simple
        ? {
            description: 'Remove the apt lists at the end of the RUN.',
            edits: [
              insertAt(ctx.df, end.offset + end.text.trimEnd().length, ' && rm -rf /var/lib/apt/lists/*'),
            ],
          }
        : undefined;
      hits.push({ instruction: run, fix });
    }
    return hits;
  },
});
