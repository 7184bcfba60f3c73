import { parseImageRef } from '../../parse/image-ref.js';
import { defineRule, eachInstruction } from '../rule-kinds.js';

export const DL3007 = defineRule({
  code: 'DL3007',
  severity: 'warning',
  title:
    'Using latest is prone to errors if the image ever updates. Pin the version explicitly to a release tag.',
  docs: {
    why: '`latest` moves: builds stop being reproducible and can pick up breaking changes without any edit.',
    howToFix: 'Replace `latest` with a release tag such as `node:20-bookworm-slim`, or add a digest.',
    references: [],
  },
  check: eachInstruction(['FROM'], (from) => {
    const ref = parseImageRef(from.words[0]?.value ?? '');
    return ref.tag === 'latest' && !ref.digest;
  }),
});
