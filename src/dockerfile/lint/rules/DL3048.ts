import { defineRule, eachInstruction } from '../rule-kinds.js';

const RESERVED = ['com.docker.', 'io.docker.', 'org.dockerproject.'];

export function isValidLabelKey(key: string): boolean {
  if (RESERVED.some((prefix) => key.startsWith(prefix))) return false;
  return /^[a-z]([a-z0-9.-]*[a-z0-9])?$/.test(key) && !key.includes('..') && !key.includes('--');
}

export const DL3048 = defineRule({
  code: 'DL3048',
  severity: 'style',
  title: 'Invalid label key.',
  docs: {
    why: 'Docker reserves com.docker.*, io.docker.* and org.dockerproject.*; other keys should be lower-case reverse-DNS names so tools can read them.',
    howToFix: 'Use keys like `org.opencontainers.image.source`.',
    references: [],
  },
  check: eachInstruction(['LABEL'], (i) => i.pairs.some((p) => !isValidLabelKey(p.key))),
});
