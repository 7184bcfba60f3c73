import { defineRule } from '../rule-kinds.js';

const INLINE_IGNORE = /^hadolint\s+ignore\s*=/;

export const DL1001 = defineRule({
  code: 'DL1001',
  severity: 'ignore',
  title: 'Avoid inline ignore pragmas `# hadolint ignore=...`.',
  docs: {
    why: 'Inline ignores hide findings from reviewers; a team that wants every exception in one place enables this rule.',
    howToFix: 'Remove the pragma and fix the finding, or list the rule under `ignored` in .hadolint.yaml.',
    references: [],
  },
  check: (ctx) => ctx.df.comments.filter((c) => INLINE_IGNORE.test(c.text)).map((c) => ({ line: c.line })),
});
