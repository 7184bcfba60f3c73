import { credentialFileReason } from '../../../security/secrets.js';
import { flagValue, unquote } from '../../parse/words.js';
import { defineRule, eachInstruction } from '../rule-kinds.js';

function credentialSource(source: string): boolean {
  return credentialFileReason(unquote(source).replace(/\/+$/, '')) !== undefined;
}

export const DW1005 = defineRule({
  code: 'DW1005',
  severity: 'warning',
  title: 'A credential file (.env, id_rsa, .npmrc, .aws, a private key) is copied into the image.',
  docs: {
    why: 'A file copied into a layer stays in the image even if a later step deletes it; anyone who pulls the image gets the credential.',
    howToFix:
      'Mount it only where needed: `RUN --mount=type=secret,id=npmrc,target=/root/.npmrc npm ci`; list such files in .dockerignore.',
    references: ['CIS Docker Benchmark 4.10', 'Dockle CIS-DI-0010'],
  },
  check: eachInstruction(['COPY', 'ADD'], (i) => {
    if (flagValue(i.flags, 'from') !== undefined) return false;
    const sources = i.words.slice(0, -1).map((w) => w.value);
    const found = sources.find(credentialSource);
    return found
      ? {
          message: `${i.keyword} puts ${unquote(found)} into the image, where anyone who pulls it can read it.`,
        }
      : false;
  }),
});
