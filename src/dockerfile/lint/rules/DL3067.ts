import { previousAliases } from '../../parse/image-ref.js';
import type { Instruction } from '../../parse/model.js';
import { flagValue, unquote } from '../../parse/words.js';
import { defineRule, eachInstruction } from '../rule-kinds.js';
import type { LintContext } from '../types.js';

/** `--from` names an earlier stage (by alias or index), not an image such as `busybox` or `alpine:3`. */
function copiesFromStage(i: Instruction, ctx: LintContext): boolean {
  const from = flagValue(i.flags, 'from');
  if (from === undefined) return false;
  if (/^\d+$/.test(from)) return Number(from) < i.stage;
  return previousAliases(ctx.df.stages, i.stage).includes(from.toLowerCase());
}

export const DL3067 = defineRule({
  code: 'DL3067',
  severity: 'warning',
  title: 'Do not copy an entire filesystem from another stage.',
  docs: {
    why: 'Copying `/` to `/` brings the whole build stage, compilers and caches included, into the image. Copying `/` from an image (not a stage), as in `FROM scratch` plus `COPY --from=busybox / /`, is how some images are assembled and is not reported.',
    howToFix: 'Copy only the built artefacts: `COPY --from=build /app/dist /app/`.',
    references: [],
  },
  check: eachInstruction(['COPY'], (i, ctx) => {
    if (!copiesFromStage(i, ctx)) return false;
    const words = i.words.map((w) => unquote(w.value));
    return words.length >= 2 && words[words.length - 1] === '/' && words.slice(0, -1).includes('/');
  }),
});
