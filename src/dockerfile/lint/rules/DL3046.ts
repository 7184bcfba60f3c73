import { hasAnyFlag } from '../../shell/args.js';
import { defineRule, eachRunCommand } from '../rule-kinds.js';

function uidOf(args: string[]): number | undefined {
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '-u' || args[i] === '--uid') return Number(args[i + 1]);
    if (args[i].startsWith('--uid=')) return Number(args[i].slice(6));
    if (/^-u\d+$/.test(args[i])) return Number(args[i].slice(2));
  }
  return undefined;
}

export const DL3046 = defineRule({
  code: 'DL3046',
  severity: 'warning',
  title: '`useradd` without flag `-l` and high UID will result in excessively large image.',
  docs: {
    why: 'useradd writes a sparse lastlog entry sized by the UID; layers store it in full, gigabytes for a large UID.',
    howToFix: 'Add `-l` (`--no-log-init`) to useradd.',
    references: [],
  },
  check: eachRunCommand((c) => {
    if (c.name !== 'useradd' || hasAnyFlag(c, ['l', 'no-log-init'])) return false;
    const uid = uidOf(c.args);
    return uid !== undefined && uid > 99999;
  }),
});
