import { defineRule, eachInstruction } from '../rule-kinds.js';

/** Value shapes that are credentials whatever the variable is called. */
const SECRET_VALUE_PATTERNS: [string, RegExp][] = [
  ['a private key', /-----BEGIN ([A-Z]+ )?PRIVATE KEY-----/],
  ['an AWS access key id', /\b(AKIA|ASIA)[0-9A-Z]{16}\b/],
  ['a GitHub token', /\b(ghp|gho|ghu|ghs|ghr)_[A-Za-z0-9]{36}\b|\bgithub_pat_[A-Za-z0-9_]{40,}/],
  ['a GitLab token', /\bglpat-[A-Za-z0-9_-]{20}\b/],
  ['a Slack token', /\bxox[abpors]-[A-Za-z0-9-]{10,}/],
  ['an npm token', /\bnpm_[A-Za-z0-9]{36}\b/],
  ['a Stripe secret key', /\b(sk|rk)_live_[A-Za-z0-9]{20,}/],
  ['an OpenAI or Anthropic API key', /\bsk-(ant-|proj-)?[A-Za-z0-9_-]{32,}/],
  ['a Google API key', /\bAIza[0-9A-Za-z_-]{35}\b/],
  ['a password in a URL', /[a-z][a-z0-9+.-]*:\/\/[^\s:@/]+:[^\s@/$]{3,}@/i],
];

export function secretKindOf(value: string): string | undefined {
  return SECRET_VALUE_PATTERNS.find(([, pattern]) => pattern.test(value))?.[0];
}

export const DW1002 = defineRule({
  code: 'DW1002',
  severity: 'error',
  title: 'A secret value is written into ARG or ENV.',
  docs: {
    why: 'ENV values are stored in the image config and ARG values in its history: anyone who can pull the image can read the secret.',
    howToFix:
      'Remove the value and rotate the secret; pass it at build time with `RUN --mount=type=secret,id=...` or at run time from the environment.',
    references: ['CIS Docker Benchmark 4.10', 'Dockle CIS-DI-0010'],
  },
  check: eachInstruction(['ARG', 'ENV'], (i) => {
    for (const pair of i.pairs) {
      const kind = secretKindOf(pair.value);
      if (kind)
        return { message: `${i.keyword} ${pair.key} holds ${kind}; it will be readable in the image.` };
    }
    return false;
  }),
});
