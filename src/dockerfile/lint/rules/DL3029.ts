import { flagValue, unquote } from '../../parse/words.js';
import { defineRule, eachInstruction } from '../rule-kinds.js';

export const DL3029 = defineRule({
  code: 'DL3029',
  severity: 'warning',
  title: 'Do not use --platform with FROM.',
  docs: {
    why: 'A fixed platform makes the Dockerfile build the wrong architecture on other machines; the builder picks the platform itself.',
    howToFix: 'Drop `--platform`, or use `$BUILDPLATFORM` for cross-compiling build stages.',
    references: [],
  },
  check: eachInstruction(['FROM'], (i) => {
    const platform = flagValue(i.flags, 'platform');
    return platform !== undefined && !/\$\{?(BUILDPLATFORM|TARGETPLATFORM)\b/.test(unquote(platform));
  }),
});
