import { execFormArray, unquote } from '../../parse/words.js';
import { defineRule, eachInstruction } from '../rule-kinds.js';
import { instructionsInScope } from '../stage-chain.js';
import { isAbsoluteOrVariable } from './DL3000.js';

export const DL3045 = defineRule({
  code: 'DL3045',
  severity: 'warning',
  title: 'COPY to a relative destination without WORKDIR set.',
  docs: {
    why: "A relative destination lands in the base image's working directory, which you do not control.",
    howToFix: 'Set `WORKDIR /app` first, or copy to an absolute path.',
    references: [],
  },
  check: eachInstruction(['COPY'], (i, ctx) => {
    const words = execFormArray(i.args) ?? i.words.map((w) => w.raw);
    const destination = unquote(words[words.length - 1] ?? '/');
    if (isAbsoluteOrVariable(destination)) return false;
    return !instructionsInScope(ctx, i).some((w) => w.keyword === 'WORKDIR' && w.stage >= 0);
  }),
});
