import { flagValue, unquote } from '../../parse/words.js';
import { defineRule, eachInstruction } from '../rule-kinds.js';

const CREDENTIAL_FILES =
  /(^|\/)(\.env(\.[\w-]+)?|id_(rsa|dsa|ecdsa|ed25519)|\.npmrc|\.pypirc|\.netrc|\.git-credentials|\.aws|\.ssh|\.docker\/config\.json|\.kube\/config|credentials\.json|[\w-]+\.(pem|key|p12|pfx))$/;

export function credentialSource(source: string): boolean {
  const path = unquote(source).replace(/\/+$/, '');
  return CREDENTIAL_FILES.test(path) && !/\.env\.(example|sample|template|dist)$/.test(path);
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
