import type { Instruction } from '../../parse/model.js';
import { execFormArray } from '../../parse/words.js';
import { defineRule, eachInstruction } from '../rule-kinds.js';
import { instructionSource, replaceSpan } from '../text-edits.js';
import type { LintContext, RuleFix } from '../types.js';

const PLAIN_WORDS = /^[A-Za-z0-9_./:=,@%+-]+(\s+[A-Za-z0-9_./:=,@%+-]+)*$/;

/** Only commands of plain words convert: no variables, quotes or shell operators whose meaning would change. */
function jsonFormFix(i: Instruction, ctx: LintContext): RuleFix | undefined {
  const command = i.args.trim();
  if (i.line !== i.endLine || !PLAIN_WORDS.test(command)) return undefined;
  const source = instructionSource(ctx.df, i);
  const at = source.text.lastIndexOf(command);
  if (at < 0) return undefined;
  const json = JSON.stringify(command.split(/\s+/)).replace(/","/g, '", "');
  return {
    description: `Write ${i.keyword} in JSON form.`,
    edits: [replaceSpan(ctx.df, source.offset + at, source.offset + at + command.length, json)],
  };
}

export const DL3025 = defineRule({
  code: 'DL3025',
  severity: 'warning',
  title: 'Use arguments JSON notation for CMD and ENTRYPOINT arguments.',
  docs: {
    why: 'The shell form runs under `/bin/sh -c`, so the program is not PID 1 and never receives SIGTERM: stops take the full timeout and skip clean shutdown. HEALTHCHECK is not checked: its command is a short-lived probe, not PID 1, so the shell form is fine there (hadolint agrees).',
    howToFix: 'Write `CMD ["node", "server.js"]` instead of `CMD node server.js`.',
    references: [],
  },
  check: eachInstruction(['CMD', 'ENTRYPOINT'], (i, ctx) => {
    if (execFormArray(i.args) || i.args.trim() === '') return false;
    return { fix: jsonFormFix(i, ctx) };
  }),
});
