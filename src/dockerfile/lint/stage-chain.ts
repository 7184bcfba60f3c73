import type { Instruction, ParsedDockerfile, Stage } from '../parse/model.js';
import type { LintContext } from './types.js';

/** The index of the stage that `stageIndex` is built FROM by alias, or -1 for an image. */
export function parentStageIndex(stages: Stage[], stageIndex: number): number {
  const base = stages[stageIndex].image.toLowerCase();
  for (let p = stageIndex - 1; p >= 0; p--) if (stages[p].alias?.toLowerCase() === base) return p;
  return -1;
}

/*
 * Computed once per parsed file: rules ask about every instruction, so walking the whole
 * file on each question made lint quadratic in the number of instructions.
 */
const parentsByStages = new WeakMap<Stage[], number[]>();
const shapingByFile = new WeakMap<ParsedDockerfile, Instruction[]>();

/** Per stage: the stage it is built FROM by alias (`parentStageIndex`), or -1. */
function parentsOf(stages: Stage[]): number[] {
  let parents = parentsByStages.get(stages);
  if (parents) return parents;
  const lastByAlias = new Map<string, number>();
  parents = stages.map((stage, index) => {
    const parent = lastByAlias.get(stage.image.toLowerCase()) ?? -1;
    if (stage.alias) lastByAlias.set(stage.alias.toLowerCase(), index);
    return parent;
  });
  parentsByStages.set(stages, parents);
  return parents;
}

/** ARG, ENV and WORKDIR instructions in file order: the only ones that shape the environment. */
function shapingOf(df: ParsedDockerfile): Instruction[] {
  let shaping = shapingByFile.get(df);
  if (!shaping) {
    shaping = df.instructions.filter((i) => ['ARG', 'ENV', 'WORKDIR'].includes(i.keyword));
    shapingByFile.set(df, shaping);
  }
  return shaping;
}

/** The stage itself and the stages it is built FROM (by alias), nearest first. */
export function stageChainOf(stages: Stage[], stageIndex: number): number[] {
  const parents = parentsOf(stages);
  const chain: number[] = [];
  for (let current = stageIndex; current >= 0; current = parents[current] ?? -1) chain.push(current);
  return chain;
}

export function stageChain(ctx: LintContext, stageIndex: number): number[] {
  return stageChainOf(ctx.df.stages, stageIndex);
}

/** ARG, ENV and WORKDIR instructions that shape `instruction`: its stage chain before it, plus global ARGs. */
export function instructionsInScope(ctx: LintContext, instruction: Instruction): Instruction[] {
  const chain = new Set(stageChain(ctx, instruction.stage));
  const inScope: Instruction[] = [];
  for (const i of shapingOf(ctx.df)) {
    if (i.index >= instruction.index) break;
    if (chain.has(i.stage) || i.stage < 0) inScope.push(i);
  }
  return inScope;
}

/** Variables set by ENV in the stage chain and by any earlier ARG with a default. */
export function variablesAt(ctx: LintContext, instruction: Instruction): Map<string, string> {
  const vars = new Map<string, string>();
  for (const i of shapingOf(ctx.df)) {
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
