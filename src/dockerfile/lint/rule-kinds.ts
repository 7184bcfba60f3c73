import type { Instruction } from '../parse/model.js';
import type { ParsedShell, ShellCommand } from '../shell/model.js';
import type { LintContext, Rule, RuleHit } from './types.js';

type Verdict = boolean | RuleHit | undefined;

export function defineRule(rule: Rule): Rule {
  return rule;
}

function toHit(verdict: Verdict, instruction: Instruction): RuleHit | undefined {
  if (!verdict) return undefined;
  return verdict === true ? { instruction } : { instruction, ...verdict };
}

/** A check that looks at each instruction with one of `keywords` on its own. */
export function eachInstruction(
  keywords: string[],
  test: (instruction: Instruction, ctx: LintContext) => Verdict,
): (ctx: LintContext) => RuleHit[] {
  return (ctx) => {
    const hits: RuleHit[] = [];
    for (const instruction of ctx.df.instructions) {
      if (!keywords.includes(instruction.keyword)) continue;
      const hit = toHit(test(instruction, ctx), instruction);
      if (hit) hits.push(hit);
    }
    return hits;
  };
}

/** A check over the parsed shell script of each RUN instruction. */
export function eachRun(
  test: (shell: ParsedShell, run: Instruction, ctx: LintContext) => Verdict,
): (ctx: LintContext) => RuleHit[] {
  return eachInstruction(['RUN'], (run, ctx) => test(ctx.shellOf(run), run, ctx));
}

/** A check that fires once for a RUN when any of its commands matches. */
export function eachRunCommand(
  test: (command: ShellCommand, run: Instruction, ctx: LintContext) => Verdict,
): (ctx: LintContext) => RuleHit[] {
  return eachRun((shell, run, ctx) => {
    for (const command of shell.commands) {
      const verdict = test(command, run, ctx);
      if (verdict) return verdict;
    }
    return false;
  });
}

/** The mount targets of `RUN --mount=type=cache|tmpfs,...` flags. */
export function cacheMountTargets(run: Instruction): string[] {
  const targets: string[] = [];
  for (const flag of run.flags) {
    if (flag.name !== 'mount' || !flag.value) continue;
    const options = new Map(
      flag.value.split(',').map((part) => {
        const eq = part.indexOf('=');
        return eq < 0 ? [part, ''] : [part.slice(0, eq), part.slice(eq + 1)];
      }),
    );
    const type = options.get('type');
    const target = options.get('target') ?? options.get('dst') ?? options.get('destination');
    if ((type === 'cache' || type === 'tmpfs') && target) targets.push(target.replace(/\/+$/, ''));
  }
  return targets;
}
