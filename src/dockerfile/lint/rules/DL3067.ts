import { previousAliases } from '../../parse/image-ref.js';
import type { Instruction } from '../../parse/model.js';
import { flagValue, unquote } from '../../parse/words.js';
import { defineRule, eachInstruction } from '../rule-kinds.js';
import type { LintContext } from '../types.js';
import { isImageReference } from './DL3022.js';

/**
 * `--from` names a build stage: an earlier alias or an index. With no FROM line (a fragment) the
 * stages are unknown and a bare name counts as one, as hadolint has it; otherwise a bare name
 * that is no stage is an image (`busybox`), and DL3022 reports it if it was a typo.
 */
function copiesFromStage(i: Instruction, ctx: LintContext, from: string): boolean {
  if (isImageReference(from)) return false;
  if (/^\d+$/.test(from) || ctx.df.stages.length === 0) return true;
  return previousAliases(ctx.df.stages, i.stage).includes(from.toLowerCase());
}

export const DL3067 = defineRule({
  code: 'DL3067',
  severity: 'warning',
  title: 'Do not copy an entire filesystem from another stage.',
  docs: {
    why: 'Copying `/` to `/` brings the whole build stage, compilers and caches included, into the image. Copying `/` from an image (not a stage), as in `FROM scratch` plus `COPY --from=busybox:1.36 / /`, is how some images are assembled and is not reported.',
    howToFix: 'Copy only the built artefacts: `COPY --from=build /app/dist /app/`.',
    references: [],
  },
  check: eachInstruction(['COPY'], (i, ctx) => {
    const from = flagValue(i.flags, 'from');
    if (from === undefined || !copiesFromStage(i, ctx, from)) return false;
    const words = i.words.map((w) => unquote(w.value));
    return words.length >= 2 && words[words.length - 1] === '/' && words.slice(0, -1).includes('/');
  }),
});
