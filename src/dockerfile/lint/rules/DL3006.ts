import { isVariableReference, parseImageRef, previousAliases } from '../../parse/image-ref.js';
import { defineRule, eachInstruction } from '../rule-kinds.js';

export const DL3006 = defineRule({
  code: 'DL3006',
  severity: 'warning',
  title: 'Always tag the version of an image explicitly.',
  docs: {
    why: 'An untagged image means `latest`, which changes under you: the same Dockerfile builds something different next week.',
    howToFix: 'Name a tag (`FROM debian:12-slim`) or, better, a digest.',
    references: [],
  },
  check: eachInstruction(['FROM'], (from, ctx) => {
    const image = from.words[0]?.value ?? '';
    if (!image || image === 'scratch' || isVariableReference(image)) return false;
    if (previousAliases(ctx.df.stages, from.stage).includes(image.toLowerCase())) return false;
    const ref = parseImageRef(image);
    return !ref.tag && !ref.digest;
  }),
});
