import { unquote } from '../../parse/words.js';
import { defineRule, eachInstruction } from '../rule-kinds.js';

export function isAbsoluteOrVariable(path: string): boolean {
  const value = unquote(path.trim());
  return value.startsWith('/') || value.startsWith('$') || /^[A-Za-z]:[\\/]/.test(value);
}

export const DL3000 = defineRule({
  code: 'DL3000',
  severity: 'error',
  title: 'Use absolute WORKDIR.',
  docs: {
    why: 'A relative WORKDIR depends on whatever directory the base image left behind, so the same Dockerfile can put files in different places.',
    howToFix: 'Write the full path: `WORKDIR /app`.',
    references: ['Trivy DS-0009 (DS009)'],
  },
  check: eachInstruction(['WORKDIR'], (i) => !isAbsoluteOrVariable(i.args)),
});
