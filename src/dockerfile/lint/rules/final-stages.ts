import { flagValue } from '../../parse/words.js';
import { parentStageIndex } from '../stage-chain.js';
import type { LintContext } from '../types.js';

/** Stages no later stage builds FROM (and, with `copySources`, none copies from): the images a build can produce. */
export function leafStages(ctx: LintContext, copySources: boolean): number[] {
  const used = new Set<number>();
  const { stages, instructions } = ctx.df;
  stages.forEach((_stage, s) => {
    const parent = parentStageIndex(stages, s);
    if (parent >= 0) used.add(parent);
  });
  if (copySources) {
    for (const i of instructions) {
      const from = i.keyword === 'COPY' ? flagValue(i.flags, 'from')?.toLowerCase() : undefined;
      if (from === undefined) continue;
      const target = /^\d+$/.test(from)
        ? Number(from)
        : stages.findIndex((p) => p.alias?.toLowerCase() === from);
      if (target >= 0) used.add(target);
    }
  }
  return stages.map((s) => s.index).filter((s) => !used.has(s));
}
