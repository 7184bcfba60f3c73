import { dropOptionsWithValue } from '../../shell/args.js';
import { defineRule, eachRunCommand } from '../rule-kinds.js';

const LOCAL_OR_ARCHIVE = /^(\.{0,2}\/|~\/)|\.(tar|tar\.gz|tgz)$/;

function isPinned(pkg: string): boolean {
  if (LOCAL_OR_ARCHIVE.test(pkg)) return true;
  if (/^(git(\+[a-z]+)?|https?|github):/.test(pkg)) return pkg.includes('#');
  const at = pkg.lastIndexOf('@');
  return at > 0;
}

export const DL3016 = defineRule({
  code: 'DL3016',
  severity: 'warning',
  title: 'Pin versions in npm: use `npm install <package>@<version>`.',
  docs: {
    why: 'Unpinned global or ad-hoc npm packages change between builds; pinned ones rebuild identically.',
    howToFix: 'Add a version (`npm install -g pnpm@9.1.0`), or install from package-lock.json with `npm ci`.',
    references: [],
  },
  check: eachRunCommand((c) => {
    if (c.name !== 'npm') return false;
    const args = dropOptionsWithValue(c.args, [
      'registry',
      'loglevel',
      'prefix',
      'cache',
      'userconfig',
      'tag',
    ]);
    const words = args.filter((a) => !a.startsWith('-'));
    if (!['install', 'i', 'add'].includes(words[0])) return false;
    return words.slice(1).some((p) => !isPinned(p));
  }),
});
