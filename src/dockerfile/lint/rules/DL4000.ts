import { defineRule, eachInstruction } from '../rule-kinds.js';
import { instructionSource, replaceSpan } from '../text-edits.js';

export const DL4000 = defineRule({
  code: 'DL4000',
  severity: 'error',
  title: 'MAINTAINER is deprecated.',
  docs: {
    why: 'MAINTAINER was deprecated in favour of labels, which tools can query.',
    howToFix: 'Use `LABEL maintainer="name <email>"`.',
    references: [],
  },
  check: eachInstruction(['MAINTAINER'], (i, ctx) => {
    if (i.onbuild || i.line !== i.endLine) return true;
    const source = instructionSource(ctx.df, i);
    const value = i.args.trim().replace(/^"(.*)"$/, '$1');
    const label = `LABEL maintainer=${JSON.stringify(value)}`;
    return {
      fix: {
        description: 'Replace MAINTAINER with a maintainer label.',
        edits: [replaceSpan(ctx.df, source.offset, source.offset + source.text.length, label)],
      },
    };
  }),
});
