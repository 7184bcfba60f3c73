import { posix } from 'node:path';
import type { Instruction } from '../../parse/model.js';
import { unquote } from '../../parse/words.js';
import { defineRule, eachInstruction } from '../rule-kinds.js';
import { positionToOffset, replaceSpan } from '../text-edits.js';
import type { LintContext, RuleFix } from '../types.js';

export function isAbsoluteOrVariable(path: string): boolean {
  const value = unquote(path.trim());
  return value.startsWith('/') || value.startsWith('$') || /^[A-Za-z]:[\\/]/.test(value);
}

/**
 * A relative WORKDIR resolves against the previous one, so joining them keeps the meaning.
 * With no earlier WORKDIR in the stage the base image's directory is unknown; we assume `/`,
 * the default of every official image, and say so in the fix description.
 */
function absoluteFix(i: Instruction, ctx: LintContext): RuleFix | undefined {
  if (!i.argsRange || i.line !== i.endLine) return undefined;
  const previous = ctx.df.instructions.filter(
    (w) =>
      w.keyword === 'WORKDIR' && w.stage === i.stage && w.index < i.index && isAbsoluteOrVariable(w.args),
  );
  const base = previous.length > 0 ? unquote(previous[previous.length - 1].args.trim()) : '/';
  if (base.includes('$') || /^[A-Za-z]:/.test(base)) return undefined;
  const absolute = posix.join(base, unquote(i.args.trim()));
  const start = positionToOffset(ctx.df.text, i.argsRange.start);
  const end = positionToOffset(ctx.df.text, i.argsRange.end);
  const assumption = previous.length > 0 ? '' : " (assuming the base image's working directory is /)";
  return {
    description: `Write the absolute path ${absolute}${assumption}.`,
    edits: [replaceSpan(ctx.df, start, end, absolute)],
  };
}

export const DL3000 = defineRule({
  code: 'DL3000',
  severity: 'error',
  title: 'Use absolute WORKDIR.',
  docs: {
    why: 'A relative WORKDIR depends on whatever directory the base image left behind, so the same Dockerfile can put files in different places.',
    howToFix: 'Write the full path: `WORKDIR /app`.',
    references: [],
  },
  check: eachInstruction(['WORKDIR'], (i, ctx) =>
    isAbsoluteOrVariable(i.args) ? false : { fix: absoluteFix(i, ctx) },
  ),
});
