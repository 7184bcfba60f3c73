import { previousAliases } from '../../parse/image-ref.js';
import { flagValue } from '../../parse/words.js';
import { defineRule, eachInstruction } from '../rule-kinds.js';

export function isImageReference(value: string): boolean {
  return /[:/@]/.test(value);
}

export const DL3022 = defineRule({
  code: 'DL3022',
  severity: 'warning',
  title: 'COPY --from should reference a previously defined FROM alias.',
  docs: {
    why: 'A name that is not an earlier stage is pulled as an image, which is rarely what was meant.',
    howToFix:
      'Name the stage with `FROM ... AS build` before copying from it, or use a full image reference.',
    references: [],
  },
  check: eachInstruction(['COPY'], (i, ctx) => {
    const from = flagValue(i.flags, 'from');
    if (from === undefined || isImageReference(from) || from.includes('$')) return false;
    if (/^\d+$/.test(from)) return Number(from) >= Math.max(0, i.stage);
    return !previousAliases(ctx.df.stages, i.stage).includes(from.toLowerCase());
  }),
});
