import { flagValue } from '../../parse/words.js';
import { defineRule, eachInstruction } from '../rule-kinds.js';

export const DL3065 = defineRule({
  code: 'DL3065',
  severity: 'info',
  title: 'Setting `FROM --platform` to `$TARGETPLATFORM` is redundant: it is the default.',
  docs: {
    why: 'The builder already builds for the target platform; the flag only adds noise.',
    howToFix: 'Remove `--platform=$TARGETPLATFORM`.',
    references: [],
  },
  check: eachInstruction(['FROM'], (i) =>
    /^"?\$\{?TARGETPLATFORM\}?"?$/.test(flagValue(i.flags, 'platform') ?? ''),
  ),
});
