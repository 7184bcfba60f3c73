import { flagValue, unquote } from '../../parse/words.js';
import { defineRule, eachInstruction } from '../rule-kinds.js';

export const DW1004 = defineRule({
  code: 'DW1004',
  severity: 'warning',
  title: 'ADD downloads a URL without `--checksum`.',
  docs: {
    why: 'The file is fetched unverified at every build; if the server or the network changes it, the image silently changes too.',
    howToFix:
      'Add `--checksum=sha256:<digest>` to the ADD, or download with curl and verify the hash in the same RUN.',
    references: ['CIS Docker Benchmark 4.9', 'Dockle CIS-DI-0009'],
  },
  check: eachInstruction(['ADD'], (i) => {
    if (flagValue(i.flags, 'checksum') !== undefined) return false;
    return i.words.slice(0, -1).some((w) => /^(https?|ftp):\/\//i.test(unquote(w.value)));
  }),
});
