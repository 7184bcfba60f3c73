import { defineRule, eachRunCommand } from '../rule-kinds.js';
import { hasYesFlag, subcommandArgs } from './package-managers.js';

export const DL3038 = defineRule({
  code: 'DL3038',
  severity: 'warning',
  title: 'Use the -y switch to avoid manual input: `dnf install -y <package>`.',
  docs: {
    why: 'dnf waits for a confirmation nobody can give in a build.',
    howToFix: 'Add `-y`: `dnf install -y httpd`.',
    references: [],
  },
  check: eachRunCommand(
    (c) =>
      subcommandArgs(c, ['dnf', 'microdnf'], ['install', 'in', 'groupinstall', 'localinstall', 'module']) !==
        undefined && !hasYesFlag(c),
  ),
});
