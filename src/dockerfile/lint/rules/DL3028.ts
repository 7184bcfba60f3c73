import { defineRule, eachRunCommand } from '../rule-kinds.js';

/** Common `gem install` switches that take no value: the word after them is a gem. */
const SWITCHES = new Set([
  '--no-document',
  '--no-ri',
  '--no-rdoc',
  '--user-install',
  '--no-user-install',
  '--conservative',
  '--minimal-deps',
  '--force',
  '--local',
  '--remote',
  '--prerelease',
  '--ignore-dependencies',
  '--development',
  '--quiet',
  '--verbose',
  '--no-wrappers',
  '--env-shebang',
  '--norc',
]);

function gemPackages(args: string[]): string[] {
  const end = args.indexOf('--');
  const words = end >= 0 ? args.slice(0, end) : args;
  const packages: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i];
    if (word.startsWith('--') && !word.includes('=') && !SWITCHES.has(word)) i++;
    else if (!word.startsWith('-')) packages.push(word);
  }
  return packages;
}

export const DL3028 = defineRule({
  code: 'DL3028',
  severity: 'warning',
  title: 'Pin versions in gem install: use `gem install <gem>:<version>`.',
  docs: {
    why: 'Unpinned gems install the newest release at build time, so rebuilds can break.',
    howToFix: 'Write `gem install bundler:2.5.6` or pass `--version`.',
    references: [],
  },
  check: eachRunCommand((c) => {
    if (c.name !== 'gem' || !['install', 'i'].includes(c.args[0])) return false;
    const args = c.args.slice(1);
    if (args.some((a) => a === '-v' || a === '--version' || a.startsWith('--version='))) return false;
    return gemPackages(args).some((p) => !p.includes(':'));
  }),
});
