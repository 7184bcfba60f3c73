import { unquote } from '../../parse/words.js';
import { defineRule, eachInstruction } from '../rule-kinds.js';
import { positionToOffset, replaceSpan } from '../text-edits.js';

const ARCHIVE = /\.(tar|gz|bz2|xz|tgz|tbz|tbz2|tb2|txz|tlz|lz|lzma|tZ|Z|zst)$/;
const URL = /^(https?|ftp|git):\/\/|^git@/;

export function addSources(words: string[]): string[] {
  return words.slice(0, -1).map(unquote);
}

export const DL3020 = defineRule({
  code: 'DL3020',
  severity: 'error',
  title: 'Use COPY instead of ADD for files and folders.',
  docs: {
    why: 'ADD also fetches URLs and unpacks archives; using it for plain files hides which of those you meant.',
    howToFix: 'Replace ADD with COPY for local files and folders.',
    references: [],
  },
  check: eachInstruction(['ADD'], (i, ctx) => {
    const sources = addSources(i.words.map((w) => w.value));
    if (sources.length === 0 || sources.every((s) => URL.test(s) || ARCHIVE.test(s))) return false;
    if (sources.some((s) => URL.test(s) || ARCHIVE.test(s))) return true;
    const start = positionToOffset(ctx.df.text, i.keywordRange.start);
    const end = positionToOffset(ctx.df.text, i.keywordRange.end);
    return {
      fix: { description: 'Use COPY for local files.', edits: [replaceSpan(ctx.df, start, end, 'COPY')] },
    };
  }),
});
