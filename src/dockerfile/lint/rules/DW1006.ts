import { defineRule, eachInstruction } from '../rule-kinds.js';

export const DW1006 = defineRule({
  code: 'DW1006',
  severity: 'warning',
  title: 'EXPOSE 22: the image offers SSH.',
  docs: {
    why: 'An SSH server in a container is one more service to patch and a way in; `docker exec` gives shell access without it.',
    howToFix: 'Remove the SSH server and the EXPOSE 22; use `docker exec` for debugging.',
    references: [],
  },
  check: eachInstruction(['EXPOSE'], (i) => i.args.split(/\s+/).some((port) => /^22(\/tcp)?$/i.test(port))),
});
