import type { Instruction, Stage } from '../parse/model.js';
import type { LintContext } from './types.js';

/** The index of the stage that `stageIndex` is built FROM by alias, or -1 for an image. */
export function parentStageIndex(stages: Stage[], stageIndex: number): number {
  const base = stages[stageIndex].image.toLowerCase();
  for (let p = stageIndex - 1; p >= 0; p--) if (stages[p].alias?.toLowerCase() === base) return p;
  return -1;
}

/** The stage itself and the stages it is built FROM (by alias), nearest first. */
export function stageChainOf(stages: Stage[], stageIndex: number): number[] {
  const chain: number[] = [];
  let current = stageIndex;
  while (current >= 0 && !chain.includes(current)) {
    chain.push(current);
    current = parentStageIndex(stages, current);
  }
  return chain;
}

export function stageChain(ctx: LintContext, stageIndex: number): number[] {
  return stageChainOf(ctx.df.stages, stageIndex);
}

/** Instructions that shape the environment of `instruction`: its stage chain before it, plus global ARGs. */
export function instructionsInScope(ctx: LintContext, instruction: Instruction): Instruction[] {
  const chain = new Set(stageChain(ctx, instruction.stage));
  return ctx.df.instructions.filter(
    (i) => i.index < instruction.index && (chain.has(i.stage) || i.stage < 0),
  );
}

/** Variables set by ENV in the stage chain and by any earlier ARG with a default. */
export function variablesAt(ctx: LintContext, instruction: Instruction): Map<string, string> {
  const vars = new Map<string, string>();
  for (const i of ctx.df.instructions) {
    if (i.index >= instruction.index) break;
    if (i.keyword === 'ARG') for (const p of i.pairs) if (p.value) vars.set(p.key, p.value);
  }
  for (const i of instructionsInScope(ctx, instruction)) {
    if (i.keyword === 'ENV') for (const p of i.pairs) vars.set(p.key, p.value);
  }
  return vars;
}

export function substituteVariables(text: string, vars: Map<string, string>): string {
  return text.replace(
    /\$\{([A-Za-z_][A-Za-z0-9_]*)(?::?-[^}]*)?\}|\$([A-Za-z_][A-Za-z0-9_]*)/g,
    (whole, braced, bare) => {
      return vars.get(braced ?? bare) ?? whole;
    },
  );
}
