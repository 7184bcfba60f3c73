import type { Instruction } from '../../parse/model.js';
import { execFormArray } from '../../parse/words.js';
import { defineRule, eachInstruction } from '../rule-kinds.js';
import { instructionSource, replaceSpan } from '../text-edits.js';
import type { LintContext, RuleFix } from '../types.js';

const PLAIN_WORDS = /^[A-Za-z0-9_./:=,@%+-]+(\s+[A-Za-z0-9_./:=,@%+-]+)*$/;

function commandText(i: Instruction): string {
  return i.keyword === 'HEALTHCHECK' ? i.args.replace(/^\s*(--\S+\s+)*CMD\s+/i, '') : i.args;
}

/** Only commands of plain words convert: no variables, quotes or shell operators whose meaning would change. */
function jsonFormFix(i: Instruction, ctx: LintContext): RuleFix | undefined {
  const command = commandText(i).trim();
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
    why: 'The shell form runs under `/bin/sh -c`, so the program is not PID 1 and never receives SIGTERM: stops take the full timeout and skip clean shutdown. A HEALTHCHECK in shell form needs `/bin/sh` in the image; it is reported only when its command is plain words, because a probe such as `curl -f http://127.0.0.1/ || exit 1` needs the shell it uses.',
    howToFix: 'Write `CMD ["node", "server.js"]` instead of `CMD node server.js`.',
    references: [],
  },
  check: eachInstruction(['CMD', 'ENTRYPOINT', 'HEALTHCHECK'], (i, ctx) => {
    const command = commandText(i).trim();
    if (execFormArray(command) || command === '') return false;
    if (i.keyword === 'HEALTHCHECK' && (!/^\s*(--\S+\s+)*CMD\s/i.test(i.args) || !PLAIN_WORDS.test(command)))
      return false;
    return { fix: jsonFormFix(i, ctx) };
  }),
});
