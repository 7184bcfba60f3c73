import { defineRule, eachInstruction } from '../rule-kinds.js';

export function hasInvalidPort(args: string): boolean {
  return args
    .split(/\s+/)
    .filter(Boolean)
    .some((word) =>
      word
        .split('/')[0]
        .split('-')
        .some((part) => /^\d+$/.test(part) && Number(part) > 65535),
    );
}

export const DL3011 = defineRule({
  code: 'DL3011',
  severity: 'error',
  title: 'Valid UNIX ports range from 0 to 65535.',
  docs: {
    why: 'A port above 65535 cannot exist; the build or the run fails later with a less clear message.',
    howToFix: 'Use a port number between 0 and 65535.',
    references: [],
  },
  check: eachInstruction(['EXPOSE'], (i) => hasInvalidPort(i.args)),
});
