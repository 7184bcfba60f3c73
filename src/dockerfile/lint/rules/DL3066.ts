import { unquote } from '../../parse/words.js';
import { defineRule, eachInstruction } from '../rule-kinds.js';

export const DL3066 = defineRule({
  code: 'DL3066',
  severity: 'info',
  title: 'Non-numeric user id may not be resolvable by the host system.',
  docs: {
    why: 'Kubernetes `runAsNonRoot` and host tools can only check a numeric UID; a name needs /etc/passwd inside the image.',
    howToFix: 'Use the numeric id: `USER 10001:10001`.',
    references: [],
  },
  check: eachInstruction(['USER'], (i) => {
    const user = unquote(i.args.trim()).split(':')[0];
    return !/^\d+$/.test(user) && !user.includes('$');
  }),
});
